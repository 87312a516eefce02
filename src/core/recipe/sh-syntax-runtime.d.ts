// sh-syntax ships no types for the Go runtime it needs loaded; it exports nothing of use.
declare module 'sh-syntax/vendors/wasm_exec'
