/**
 * Engine forwarding: one list of `Engine` methods, derived from a record `tsc` checks against the
 * interface, drives the engine thread, the live corpus's per-server engines and the main thread's
 * proxies alike. The list holds every method a real engine has, and a forwarded call carries its
 * method's name and its arguments as given.
 */
import { describe, expect, it } from 'vitest';
import { callEngine, createEngine, ENGINE_METHODS, forwardEngine, isEngineMethod } from '../../src/answer/index.ts';
import { callEditor, forwardEditor, isEditorMethod, type LiveEditor } from '../../src/live/editor.ts';

describe('forwardEngine', () => {
  it('lists every method an engine answers with (the record is checked by tsc; this checks the engine)', async () => {
    const engine = await createEngine([]);
    const own = Object.getOwnPropertyNames(Object.getPrototypeOf(engine)).filter(
      (name) => name !== 'constructor' && name !== 'prepare' && typeof (engine as unknown as Record<string, unknown>)[name] === 'function',
    );
    expect([...ENGINE_METHODS].sort()).toEqual(own.sort());
    expect(ENGINE_METHODS.every(isEngineMethod)).toBe(true);
    expect(isEngineMethod('constructor')).toBe(false);
    expect(isEngineMethod('toString')).toBe(false);
  });

  it('hands each call to one function with its name and arguments, and back to a real engine', async () => {
    const calls: [string, unknown[]][] = [];
    const proxy = forwardEngine(async (method, args) => {
      calls.push([method, args]);
      return method;
    });
    await proxy.answer('랩허브', { top: 2 });
    await proxy.followUp('언제?', null);
    await proxy.articles();
    expect(calls).toEqual([
      ['answer', ['랩허브', { top: 2 }]],
      ['followUp', ['언제?', null]],
      ['articles', []],
    ]);
    const engine = await createEngine([]);
    const through = forwardEngine((method, args) => callEngine(engine, method, args));
    expect(await through.answer('랩허브')).toEqual(await engine.answer('랩허브'));
  });
});

describe('forwardEditor', () => {
  it('forwards every LiveEditor method by name', async () => {
    const target: LiveEditor = {
      addFrom: async () => ({ ok: false, problem: 'unreachable' }),
      remove: async () => null,
      addedIn: async (guildId) => [{ id: guildId, title: 't', outlet: null, date: null }],
    };
    const proxy = forwardEditor((method, args) => callEditor(target, method, args));
    expect(await proxy.addedIn('1')).toEqual([{ id: '1', title: 't', outlet: null, date: null }]);
    expect(await proxy.remove('1', 'x')).toBeNull();
    expect(isEditorMethod('addFrom')).toBe(true);
    expect(isEditorMethod('add')).toBe(false);
  });
});
