// Checks, in --direct mode only, that the mock's fault scenarios look to the official SDKs
// the way the real providers' failures do.
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { ANTHROPIC_KEY, OPENAI_KEY } from './sdk-calls.mjs';

const MESSAGES = [{ role: 'user', content: 'Say hello.' }];
const scenario = (name) => ({ headers: { 'x-mock-scenario': name } });

async function drain(stream) {
  for await (const _ of stream) { /* consume */ }
}

export function buildScenarioChecks({ openaiBaseURL, anthropicBaseURL, timeoutMs }) {
  const openai = new OpenAI({ apiKey: OPENAI_KEY, baseURL: openaiBaseURL, maxRetries: 0, timeout: timeoutMs });
  const anthropic = new Anthropic({ apiKey: ANTHROPIC_KEY, baseURL: anthropicBaseURL, maxRetries: 0, timeout: timeoutMs });
  return [
    {
      name: 'openai stream-error raises APIError mid-stream',
      async run() {
        const stream = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: MESSAGES, stream: true }, scenario('stream-error'));
        await assert.rejects(drain(stream), (e) => e instanceof OpenAI.APIError && /server had an error/.test(e.message));
      },
    },
    {
      name: 'anthropic stream-error raises overloaded_error mid-stream',
      async run() {
        const stream = anthropic.messages.stream({ model: 'claude-sonnet-4-0', max_tokens: 16, messages: MESSAGES }, scenario('stream-error'));
        await assert.rejects(stream.finalMessage(), (e) => e instanceof Anthropic.APIError && e.error?.error?.type === 'overloaded_error');
      },
    },
    {
      name: 'anthropic 529 raises InternalServerError (overloaded)',
      async run() {
        await assert.rejects(anthropic.messages.create({ model: 'claude-sonnet-4-0', max_tokens: 16, messages: MESSAGES }, scenario('error-529-overloaded')),
          (e) => e instanceof Anthropic.InternalServerError && e.status === 529 && e.error?.error?.type === 'overloaded_error');
      },
    },
    {
      name: 'disconnect-mid-stream raises a connection error',
      async run() {
        const stream = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: MESSAGES, stream: true }, scenario('disconnect-mid-stream'));
        await assert.rejects(drain(stream));
      },
    },
    {
      name: 'invalid-json-200 is rejected by the SDK',
      async run() {
        await assert.rejects(openai.chat.completions.create({ model: 'gpt-4o-mini', messages: MESSAGES }, scenario('invalid-json-200')));
      },
    },
    {
      name: 'gzip and big bodies decode',
      async run() {
        const zipped = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: MESSAGES }, scenario('gzip'));
        assert.equal(zipped.object, 'chat.completion');
        const big = await anthropic.messages.create({ model: 'claude-sonnet-4-0', max_tokens: 16, messages: MESSAGES }, scenario('big:200000'));
        assert.equal(big.type, 'message');
        const bigStream = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: MESSAGES, stream: true }, scenario('big:100000'));
        await drain(bigStream);
      },
    },
  ];
}
