import { describe, expect, it } from 'vitest'
import { filesFromArgv, importableFiles } from './openFiles'

describe('files on a command line (a second launch, "Open with", a double-click)', () => {
  it('Windows: skips the executable and switches, resolves relative paths against the launch folder', () => {
    const argv = ['C:\\Program Files\\Wiremark\\Wiremark.exe', '--allow-file-access-from-files', '/prefetch:1', 'story.xml', 'D:\\wire\\ap.txt', '..\\old\\reuters.docx']
    expect(filesFromArgv(argv, 'C:\\Users\\ed\\Desktop', 'win32')).toEqual(['C:\\Users\\ed\\Desktop\\story.xml', 'D:\\wire\\ap.txt', 'C:\\Users\\ed\\old\\reuters.docx'])
  })

  it('Linux: keeps paths with spaces, drops switches and duplicates', () => {
    const argv = ['/opt/Wiremark/wiremark', '--no-first-run', 'feeds/afp story.json', '/home/ed/feeds/afp story.json', '--', 'a.xml']
    expect(filesFromArgv(argv, '/home/ed', 'linux')).toEqual(['/home/ed/feeds/afp story.json', '/home/ed/a.xml'])
  })

  it('development: the app path given to electron is not a file to open', () => {
    expect(filesFromArgv(['/usr/bin/electron', '.', '/app/resources/app.asar', 'x.xml'], '/src', 'linux')).toEqual(['/src/x.xml'])
    expect(importableFiles(filesFromArgv(['/usr/bin/electron', '/src/out/main/index.js', 'x.xml'], '/src', 'linux'))).toEqual(['/src/x.xml'])
  })

  it('ignores URLs; nothing to open gives an empty list', () => {
    expect(filesFromArgv(['wiremark', 'https://example.com/story.xml', 'wiremark://open'], '/', 'linux')).toEqual([])
    expect(filesFromArgv(['wiremark'], '/', 'linux')).toEqual([])
  })

  it('keeps the associated extensions only, in any case', () => {
    expect(importableFiles(['/a/x.XML', '/a/y.json', '/a/z.txt', '/a/w.docx', '/a/v.exe', '/a/noext'])).toEqual(['/a/x.XML', '/a/y.json', '/a/z.txt', '/a/w.docx'])
  })
})
