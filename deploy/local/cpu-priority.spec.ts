import { execFileSync } from 'node:child_process';
import { atNice, backgroundNice, DEFAULT_BACKGROUND_NICE } from './cpu-priority';

describe('background CPU priority', () => {
  it('starts a command at the nice value, for every thread it makes', () => {
    // A Node process reports its own priority and that of a worker thread it starts afterwards.
    const script = "const os=require('os');const {Worker}=require('worker_threads');" +
      "new Worker(\"require('worker_threads').parentPort.postMessage(require('os').getPriority())\",{eval:true})" +
      ".on('message',(m)=>{console.log(os.getPriority(),m);process.exit(0)})";
    const [command, args] = atNice(7, process.execPath, ['-e', script]);
    const priorities = execFileSync(command, args, { encoding: 'utf8' }).trim();
    expect(priorities).toBe('7 7');
  });

  it('runs the command as it is at nice 0', () => {
    expect(atNice(0, 'node', ['main.js'])).toEqual(['node', ['main.js']]);
  });

  it('reads BACKGROUND_NICE, and refuses what nice cannot take', () => {
    expect(backgroundNice({})).toBe(DEFAULT_BACKGROUND_NICE);
    expect(backgroundNice({ BACKGROUND_NICE: '0' })).toBe(0);
    expect(backgroundNice({ BACKGROUND_NICE: '19' })).toBe(19);
    for (const bad of ['20', '-5', '1.5', 'high', '']) {
      expect(() => backgroundNice({ BACKGROUND_NICE: bad })).toThrow(/BACKGROUND_NICE must be a whole number from 0 to 19/);
    }
  });
});
