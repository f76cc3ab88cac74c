import { loadEnvironment } from './environment';

describe('the environment of the gateway settings', () => {
  it('reads API key hashes and refuses anything but sha256 hex per client', () => {
    const hash = 'a'.repeat(64);
    expect(loadEnvironment({ AUTH_API_KEYS: JSON.stringify({ erp: hash }) }).AUTH_API_KEYS).toEqual({ erp: hash });
    expect(loadEnvironment({ AUTH_API_KEYS: '' }).AUTH_API_KEYS).toEqual({});
    expect(() => loadEnvironment({ AUTH_API_KEYS: '{"erp":"plain-key"}' })).toThrow(/AUTH_API_KEYS: must be JSON like/);
    expect(() => loadEnvironment({ NOTIFY_PROVIDERS: '{not json' })).toThrow(/NOTIFY_PROVIDERS: must be JSON like/);
  });

  it("reads the worker's workflow threads, one unless told, and refuses none", () => {
    expect(loadEnvironment({}).TEMPORAL_WORKFLOW_THREADS).toBe(1);
    expect(loadEnvironment({ TEMPORAL_WORKFLOW_THREADS: '2' }).TEMPORAL_WORKFLOW_THREADS).toBe(2);
    expect(() => loadEnvironment({ TEMPORAL_WORKFLOW_THREADS: '0' })).toThrow(/TEMPORAL_WORKFLOW_THREADS/);
  });

  it("reads how the worker polls for workflow tasks, ten polls unless told, and refuses anything else", () => {
    expect(loadEnvironment({}).TEMPORAL_WORKFLOW_TASK_POLLERS).toBe(10);
    expect(loadEnvironment({ TEMPORAL_WORKFLOW_TASK_POLLERS: 'autoscaling' }).TEMPORAL_WORKFLOW_TASK_POLLERS).toBe('autoscaling');
    expect(loadEnvironment({ TEMPORAL_WORKFLOW_TASK_POLLERS: '24' }).TEMPORAL_WORKFLOW_TASK_POLLERS).toBe(24);
    for (const bad of ['1', '101', 'auto', '4.5']) expect(() => loadEnvironment({ TEMPORAL_WORKFLOW_TASK_POLLERS: bad })).toThrow(/TEMPORAL_WORKFLOW_TASK_POLLERS: use autoscaling or a whole number/);
  });

  it("reads the worker's workflow tasks while cases wait to start, four unless told, and refuses what the SDK cannot run", () => {
    expect(loadEnvironment({}).TEMPORAL_WORKFLOW_SLOTS_DURING_INTAKE).toBe(4);
    expect(loadEnvironment({ TEMPORAL_WORKFLOW_SLOTS_DURING_INTAKE: '40' }).TEMPORAL_WORKFLOW_SLOTS_DURING_INTAKE).toBe(40);
    for (const bad of ['1', '41', 'off', '4.5']) expect(() => loadEnvironment({ TEMPORAL_WORKFLOW_SLOTS_DURING_INTAKE: bad })).toThrow(/TEMPORAL_WORKFLOW_SLOTS_DURING_INTAKE/);
  });

  it('refuses a signing key shorter than 32 characters', () => {
    expect(() => loadEnvironment({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET: must be at least 32 characters/);
  });
});
