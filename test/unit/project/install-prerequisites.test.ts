// scripts/install-prerequisites.sh on a fresh Debian/Ubuntu machine, whose own python3 is
// "externally managed" (PEP 668) and has no moto: it must never pip-install into it, and must
// give the project its own virtual environment instead, which scripts/python then runs. On
// a machine whose python3 has everything, it must use that one as it is.
//
// Each case runs the real script, copied into a scratch repository, with Debian's own
// /usr/bin/python3 (or a complete one) first for python3 on PATH. What is stubbed, and why:
// PyPI is unreachable here, so pip (the venv's real pip) installs from a folder of small stand-in
// wheels named like the real packages (PIP_NO_INDEX, PIP_FIND_LINKS); the system packages
// (dpkg, buildah) answer "installed", and apt-get/sudo fail, so the test never changes the
// machine. PIP_REQUIRE_VIRTUALENV makes pip itself refuse any install outside a venv.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const DEBIAN_PYTHON = '/usr/bin/python3'
const TIMEOUT = 180_000

// Stand-ins for what the script installs: importable as the script checks (moto.server,
// flask, boto3, pytest, yaml), with moto's `server` extra pulling flask as the real one does.
const MAKE_WHEELS = String.raw`
import os, sys, zipfile
out = sys.argv[1]
def wheel(dist, version, files, meta=()):
    info = f"{dist}-{version}.dist-info"
    with zipfile.ZipFile(os.path.join(out, f"{dist}-{version}-py3-none-any.whl"), "w") as z:
        for path, text in files.items():
            z.writestr(path, text)
        z.writestr(f"{info}/METADATA", "\n".join(["Metadata-Version: 2.1", f"Name: {dist}", f"Version: {version}", *meta, ""]))
        z.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: ggcd-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        z.writestr(f"{info}/RECORD", "".join(f"{p},,\n" for p in [*files, f"{info}/METADATA", f"{info}/WHEEL", f"{info}/RECORD"]))
stub = "# a stand-in wheel built by test/unit/install-prerequisites.test.ts\n"
wheel("moto", "5.2.1", {"moto/__init__.py": stub, "moto/server.py": stub},
      ["Provides-Extra: server", 'Requires-Dist: flask; extra == "server"'])
wheel("flask", "3.1.0", {"flask/__init__.py": stub})
wheel("boto3", "1.43.11", {"boto3/__init__.py": stub})
wheel("pytest", "8.4.0", {"pytest/__init__.py": stub})
wheel("PyYAML", "6.0.2", {"yaml/__init__.py": stub})
`

let work: string
let wheels: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ggcd-prereq-'))
  wheels = join(work, 'wheels')
  mkdirSync(wheels)
  execFileSync(DEBIAN_PYTHON, ['-c', MAKE_WHEELS, wheels])
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function executable(path: string, text: string): void {
  writeFileSync(path, text)
  chmodSync(path, 0o755)
}

/** A scratch repository holding the two scripts, and a folder of stubs to put first on PATH. */
function scratch(name: string, node = process.execPath): { repo: string; stubs: string } {
  const repo = join(work, name)
  const stubs = join(work, `${name}-bin`)
  mkdirSync(join(repo, 'scripts'), { recursive: true })
  mkdirSync(stubs)
  for (const script of ['install-prerequisites.sh', 'python']) {
    copyFileSync(join(ROOT, 'scripts', script), join(repo, 'scripts', script))
    chmodSync(join(repo, 'scripts', script), 0o755)
  }
  if (node === process.execPath) symlinkSync(node, join(stubs, 'node'))
  else executable(join(stubs, 'node'), node)
  executable(join(stubs, 'dpkg'), '#!/bin/sh\nexit 0\n')
  executable(join(stubs, 'buildah'), '#!/bin/sh\necho "buildah version 1.28.2 (stub)"\n')
  for (const tool of ['apt-get', 'sudo']) {
    executable(
      join(stubs, tool),
      `#!/bin/sh\necho "${tool} must not run in this test" >&2\nexit 97\n`
    )
  }
  return { repo, stubs }
}

function install(repo: string, path: string[], extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = {
    PATH: path.join(':'),
    HOME: work,
    PIP_NO_INDEX: '1',
    PIP_FIND_LINKS: wheels,
    PIP_REQUIRE_VIRTUALENV: '1',
    PIP_CONFIG_FILE: '/dev/null',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    ...extra
  }
  const result = spawnSync('bash', [join(repo, 'scripts/install-prerequisites.sh')], {
    env,
    encoding: 'utf8',
    timeout: TIMEOUT
  })
  return { code: result.status, out: result.stdout, err: result.stderr, env }
}

const imports = (python: string, module: string, env?: NodeJS.ProcessEnv) =>
  spawnSync(python, ['-c', `import ${module}`], { env }).status === 0

const onDebian = existsSync(DEBIAN_PYTHON)

describe.each(onDebian ? [DEBIAN_PYTHON] : [])('with %s first on PATH', python => {
  it('that Python is externally managed and has no moto (the premise)', () => {
    const marker = execFileSync(python, [
      '-c',
      "import os, sysconfig; print(os.path.exists(os.path.join(sysconfig.get_path('stdlib'), 'EXTERNALLY-MANAGED')))"
    ])
    expect(String(marker).trim()).toBe('True')
    expect(imports(python, 'moto')).toBe(false)
  })

  it(
    'makes .venv from it, installs there only, and scripts/python runs the venv',
    () => {
      const { repo, stubs } = scratch('debian')
      const run = install(repo, [stubs, '/usr/bin', '/bin'])
      expect(run.err).not.toMatch(/externally-managed-environment|must not run/)
      expect(run.code).toBe(0)
      const venvPython = join(repo, '.venv/bin/python3')
      expect(run.out).toContain(`python ${venvPython} with moto 5.2.1`)
      expect(readFileSync(join(repo, '.venv/pyvenv.cfg'), 'utf8')).toMatch(/^home = \/usr\/bin$/m)
      const chosen = spawnSync(
        join(repo, 'scripts/python'),
        ['-c', 'import moto.server, flask, boto3, pytest, yaml, sys; print(sys.prefix)'],
        { env: run.env, encoding: 'utf8' }
      )
      expect(chosen.stdout.trim()).toBe(join(repo, '.venv'))
      expect(imports(python, 'moto')).toBe(false)

      // A rerun finds everything in .venv and installs nothing (no wheels to install from).
      const rerun = install(repo, [stubs, '/usr/bin', '/bin'], {
        PIP_FIND_LINKS: join(work, 'none')
      })
      expect(rerun.err).toBe('')
      expect(rerun.code).toBe(0)
    },
    TIMEOUT
  )
})

describe('with a python3 on PATH that has everything', () => {
  it(
    'uses it as it is: no virtual environment, nothing installed',
    () => {
      // A complete Python made without pip: a bare venv with the stand-ins unpacked into it.
      const complete = join(work, 'complete')
      execFileSync(onDebian ? DEBIAN_PYTHON : 'python3', ['-m', 'venv', '--without-pip', complete])
      const site = String(
        execFileSync(join(complete, 'bin/python3'), [
          '-c',
          'import sysconfig; print(sysconfig.get_path("purelib"))'
        ])
      ).trim()
      execFileSync(join(complete, 'bin/python3'), [
        '-c',
        'import glob, sys, zipfile\nfor w in glob.glob(sys.argv[1] + "/*.whl"): zipfile.ZipFile(w).extractall(sys.argv[2])',
        wheels,
        site
      ])
      const { repo, stubs } = scratch('complete-python')
      const run = install(repo, [stubs, join(complete, 'bin'), '/usr/bin', '/bin'], {
        PIP_FIND_LINKS: join(work, 'none')
      })
      expect(run.err).toBe('')
      expect(run.code).toBe(0)
      expect(run.out).toContain(`python ${join(complete, 'bin/python3')} with moto 5.2.1`)
      expect(existsSync(join(repo, '.venv'))).toBe(false)

      // GGCD_PYTHON names the Python outright: the script checks it, scripts/python runs it.
      const named = install(repo, [stubs, '/usr/bin', '/bin'], {
        GGCD_PYTHON: join(complete, 'bin/python3')
      })
      expect(named.code).toBe(0)
      expect(named.out).toContain(`python ${join(complete, 'bin/python3')} with moto`)
      expect(existsSync(join(repo, '.venv'))).toBe(false)
    },
    TIMEOUT
  )
})

describe('with Node older than 20', () => {
  it('says how to get Node 20+ and stops before installing anything', () => {
    const { repo, stubs } = scratch(
      'old-node',
      '#!/bin/sh\ncase "$1" in -p) echo 18 ;; *) echo v18.19.0 ;; esac\n'
    )
    const run = install(repo, [stubs, '/usr/bin', '/bin'])
    expect(run.code).toBe(1)
    expect(run.err).toContain('Node.js 20 or later is needed; this machine has v18.19.0')
    expect(run.err).toMatch(/NodeSource/)
    expect(run.err).toMatch(/nvm install/)
    expect(existsSync(join(repo, '.venv'))).toBe(false)
  })
})
