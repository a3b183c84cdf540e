import { loadEngine } from './src/answer/index.ts';
const { engine } = await loadEngine('seeds');
const a = await engine.answer(process.argv[2]!);
console.log(JSON.stringify({ ...a, citations: a.citations.map((c) => c.text.slice(0, 60)), facts: a.facts.map((f) => f.text) }, null, 1));
