import { execFileSync } from 'node:child_process';
import { atNice, backgroundNice, DEFAULT_BACKGROUND_NICE, DEFAULT_TEMPORAL_SERVER_NICE, temporalServerNice } from './cpu-priority';

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

  it('starts a command ahead of the others below 0 where the user may (root), and at 0 with a warning where not', () => {
    const [command, args] = atNice(-3, process.execPath, ['-e', "console.log(require('os').getPriority())"]);
    expect(command).toBe('nice');
    const priority = execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    expect(priority).toBe(process.getuid?.() === 0 ? '-3' : '0');
  });

  it('reads TEMPORAL_SERVER_NICE, -5 unless told, and refuses what nice cannot take', () => {
    expect(temporalServerNice({})).toBe(DEFAULT_TEMPORAL_SERVER_NICE);
    expect(DEFAULT_TEMPORAL_SERVER_NICE).toBe(-5);
    expect(temporalServerNice({ TEMPORAL_SERVER_NICE: '0' })).toBe(0);
    expect(temporalServerNice({ TEMPORAL_SERVER_NICE: '-20' })).toBe(-20);
    for (const bad of ['-21', '20', '1.5', 'high', '']) {
      expect(() => temporalServerNice({ TEMPORAL_SERVER_NICE: bad })).toThrow(/TEMPORAL_SERVER_NICE must be a whole number from -20 to 19/);
    }
  });
});
