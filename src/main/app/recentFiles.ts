import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { log } from '../log'
import { pushRecent } from './menu'

const FILE = 'recent-files.json'

/** Open Recent's list on Windows and Linux, kept in the data folder (macOS keeps its own through addRecentDocument). */
export function createRecentFiles(dataDir: string, platform: NodeJS.Platform) {
  const path = join(dataDir, FILE)
  let files: string[] = []
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
    if (Array.isArray(parsed)) files = parsed.filter((f): f is string => typeof f === 'string').slice(0, 10)
  } catch {
    files = [] // first run, or an unreadable list: start empty
  }
  const save = () => {
    try {
      writeFileSync(`${path}.tmp`, JSON.stringify(files))
      renameSync(`${path}.tmp`, path)
    } catch (e) {
      log.error('Wiremark: cannot save the recent files list', e)
    }
  }
  return {
    list: (): readonly string[] => files,
    add(file: string) {
      files = pushRecent(files, file, platform)
      save()
    },
    clear() {
      files = []
      save()
    },
  }
}
