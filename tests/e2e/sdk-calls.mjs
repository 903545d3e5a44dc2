// The SDK calls of the end-to-end test. Each call states what the SDK must see and what
// LLM Ledger must record for it (one CSV row). Token numbers are forced through the mock's
// x-mock-* headers, so every row is predictable; each call uses its own model so that
// its row can be found by (endpoint, requested_model).
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';

export const OPENAI_KEY = 'sk-test-e2e-openai';
export const ANTHROPIC_KEY = 'sk-ant-test-e2e';
export const CHUNKS = 5; // the mock is started with --chunks 5
const TEXT = 'Hello from the mock upstream';
const MESSAGES = [{ role: 'user', content: 'Say hello.' }];

function mockHeaders({ prompt = 0, cached = 0, completion, reasoning = 0, write = 0, write1h = 0 }) {
  const headers = {
    'x-mock-prompt-tokens': String(prompt),
    'x-mock-cached-tokens': String(cached),
    'x-mock-reasoning-tokens': String(reasoning),
    'x-mock-cache-write-tokens': String(write),
    'x-mock-cache-write-1h-tokens': String(write1h),
  };
  if (completion !== undefined) headers['x-mock-completion-tokens'] = String(completion);
  return headers;
}

const tokens = (input, cached, cacheWrite, cacheWrite1h, output, reasoning) =>
  ({ input_tokens: input, cached_tokens: cached, cache_write_tokens: cacheWrite,
     cache_write_1h_tokens: cacheWrite1h, output_tokens: output, reasoning_tokens: reasoning });

// Builds the list of calls against the given base URLs. Each entry: name, run(), and the
// row LLM Ledger must write: endpoint, api_format, provider (regexp), requested_model,
// streamed, status, tokens (null: not checked), usageMayBeMissing.
export function buildCalls({ openaiBaseURL, anthropicBaseURL, timeoutMs }) {
  const openai = new OpenAI({ apiKey: OPENAI_KEY, baseURL: openaiBaseURL, maxRetries: 0, timeout: timeoutMs });
  const anthropic = new Anthropic({ apiKey: ANTHROPIC_KEY, baseURL: anthropicBaseURL, maxRetries: 0, timeout: timeoutMs });
  const openaiRow = { api_format: 'openai', provider: /openai/i, streamed: false, status: 200 };
  const anthropicRow = { api_format: 'anthropic', provider: /anthropic/i, streamed: false, status: 200 };

  return [
    {
      name: 'chat completion',
      row: { ...openaiRow, endpoint: '/v1/chat/completions', requested_model: 'gpt-4o-mini', tokens: tokens(120, 20, 0, 0, 9, 4) },
      async run() {
        const completion = await openai.chat.completions.create(
          { model: 'gpt-4o-mini', messages: MESSAGES },
          { headers: mockHeaders({ prompt: 120, cached: 20, completion: 9, reasoning: 4 }) });
        assert.equal(completion.object, 'chat.completion');
        assert.equal(completion.model, 'gpt-4o-mini-2024-07-18');
        assert.equal(completion.choices[0].message.content, TEXT);
        assert.equal(completion.choices[0].finish_reason, 'stop');
        assert.deepEqual(completion.usage, {
          prompt_tokens: 120, completion_tokens: 9, total_tokens: 129,
          prompt_tokens_details: { cached_tokens: 20, audio_tokens: 0 },
          completion_tokens_details: { reasoning_tokens: 4, audio_tokens: 0,
            accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
        });
      },
    },
    {
      name: 'chat stream without include_usage',
      // The client asked for no usage: the proxy may still learn it (e.g. by asking upstream
      // and hiding it) or estimate it; the SDK must not see it either way.
      row: { ...openaiRow, endpoint: '/v1/chat/completions', requested_model: 'gpt-4.1-mini', streamed: true,
             tokens: tokens(130, 0, 0, 0, 5, 0), usageMayBeMissing: true },
      async run() {
        const stream = await openai.chat.completions.create(
          { model: 'gpt-4.1-mini', messages: MESSAGES, stream: true },
          { headers: mockHeaders({ prompt: 130 }) });
        let text = '';
        let chunks = 0;
        for await (const chunk of stream) {
          chunks++;
          assert.equal(chunk.object, 'chat.completion.chunk');
          assert.ok(chunk.usage === undefined || chunk.usage === null, `usage leaked to the client: ${JSON.stringify(chunk)}`);
          assert.ok(chunk.choices.length === 1, `a chunk without choices reached the client: ${JSON.stringify(chunk)}`);
          text += chunk.choices[0].delta.content ?? '';
        }
        assert.equal(text, TEXT);
        assert.equal(chunks, CHUNKS + 2);
      },
    },
    {
      name: 'chat stream with include_usage',
      row: { ...openaiRow, endpoint: '/v1/chat/completions', requested_model: 'gpt-4o', streamed: true, tokens: tokens(140, 40, 0, 0, 6, 1) },
      async run() {
        const stream = await openai.chat.completions.create(
          { model: 'gpt-4o', messages: MESSAGES, stream: true, stream_options: { include_usage: true } },
          { headers: mockHeaders({ prompt: 140, cached: 40, completion: 6, reasoning: 1 }) });
        const seen = [];
        for await (const chunk of stream) seen.push(chunk);
        const last = seen.at(-1);
        assert.deepEqual(last.choices, []);
        assert.equal(last.usage.prompt_tokens, 140);
        assert.equal(last.usage.prompt_tokens_details.cached_tokens, 40);
        assert.equal(last.usage.completion_tokens, 6);
        assert.equal(last.usage.completion_tokens_details.reasoning_tokens, 1);
        assert.ok(seen.slice(0, -1).every((c) => c.usage === null), 'every chunk but the last has "usage": null');
        assert.equal(seen.slice(0, -1).map((c) => c.choices[0].delta.content ?? '').join(''), TEXT);
      },
    },
    {
      name: 'chat stream helper (finalChatCompletion)',
      row: { ...openaiRow, endpoint: '/v1/chat/completions', requested_model: 'o4-mini', streamed: true, tokens: tokens(150, 0, 0, 0, 5, 0) },
      async run() {
        const stream = openai.chat.completions.stream(
          { model: 'o4-mini', messages: MESSAGES, stream_options: { include_usage: true } },
          { headers: mockHeaders({ prompt: 150 }) });
        const final = await stream.finalChatCompletion();
        assert.equal(final.choices[0].message.content, TEXT);
        assert.equal(final.model, 'o4-mini-2025-04-16');
        assert.equal(final.usage.prompt_tokens, 150);
        assert.equal(final.usage.completion_tokens, CHUNKS);
      },
    },
    {
      name: 'responses',
      row: { ...openaiRow, endpoint: '/v1/responses', requested_model: 'gpt-4.1', tokens: tokens(160, 60, 0, 0, 8, 3) },
      async run() {
        const response = await openai.responses.create(
          { model: 'gpt-4.1', input: 'Say hello.', instructions: 'Be brief.' },
          { headers: mockHeaders({ prompt: 160, cached: 60, completion: 8, reasoning: 3 }) });
        assert.equal(response.object, 'response');
        assert.equal(response.status, 'completed');
        assert.equal(response.output_text, TEXT);
        assert.deepEqual(response.usage, {
          input_tokens: 160, input_tokens_details: { cached_tokens: 60 },
          output_tokens: 8, output_tokens_details: { reasoning_tokens: 3 }, total_tokens: 168,
        });
      },
    },
    {
      name: 'responses stream',
      row: { ...openaiRow, endpoint: '/v1/responses', requested_model: 'gpt-4.1-nano', streamed: true, tokens: tokens(170, 0, 0, 0, 5, 0) },
      async run() {
        const stream = openai.responses.stream(
          { model: 'gpt-4.1-nano', input: 'Say hello.' }, { headers: mockHeaders({ prompt: 170 }) });
        const types = [];
        let deltas = '';
        for await (const event of stream) {
          types.push(event.type);
          if (event.type === 'response.output_text.delta') deltas += event.delta;
        }
        const final = await stream.finalResponse();
        assert.deepEqual(types, ['response.created', 'response.in_progress', 'response.output_item.added',
          'response.content_part.added', ...Array(CHUNKS).fill('response.output_text.delta'),
          'response.output_text.done', 'response.content_part.done', 'response.output_item.done',
          'response.completed']);
        assert.equal(deltas, TEXT);
        assert.equal(final.output_text, TEXT);
        assert.equal(final.usage.input_tokens, 170);
        assert.equal(final.usage.output_tokens, CHUNKS);
      },
    },
    {
      name: 'embeddings',
      row: { ...openaiRow, endpoint: '/v1/embeddings', requested_model: 'text-embedding-3-small', tokens: tokens(180, 0, 0, 0, 0, 0) },
      async run() {
        // The SDK asks for base64 by default and decodes it: both encodings must agree.
        const result = await openai.embeddings.create(
          { model: 'text-embedding-3-small', input: ['one', 'two'] }, { headers: mockHeaders({ prompt: 180 }) });
        assert.equal(result.data.length, 2);
        assert.equal(result.data[1].index, 1);
        assert.equal(result.data[0].embedding.length, 1536);
        assert.equal(result.data[0].embedding[1], ((37 % 201) - 100) / 1024);
        assert.deepEqual(result.usage, { prompt_tokens: 180, total_tokens: 180 });
      },
    },
    {
      name: 'models list',
      row: { ...openaiRow, endpoint: '/v1/models', requested_model: '', tokens: tokens(0, 0, 0, 0, 0, 0), usageMayBeMissing: true },
      async run() {
        const ids = [];
        for await (const model of openai.models.list()) ids.push(model.id);
        assert.ok(ids.includes('gpt-4o-mini'), `models: ${ids}`);
      },
    },
    {
      name: 'anthropic message',
      row: { ...anthropicRow, endpoint: '/v1/messages', requested_model: 'claude-sonnet-4-0', tokens: tokens(245, 30, 25, 10, 11, 0) },
      async run() {
        const message = await anthropic.messages.create(
          { model: 'claude-sonnet-4-0', max_tokens: 64, messages: MESSAGES },
          { headers: mockHeaders({ prompt: 190, cached: 30, write: 25, write1h: 10, completion: 11 }) });
        assert.equal(message.type, 'message');
        assert.equal(message.model, 'claude-sonnet-4-20250514');
        assert.equal(message.content[0].text, TEXT);
        assert.equal(message.stop_reason, 'end_turn');
        assert.equal(message.usage.input_tokens, 190);
        assert.equal(message.usage.cache_read_input_tokens, 30);
        assert.equal(message.usage.cache_creation_input_tokens, 25);
        assert.deepEqual(message.usage.cache_creation, { ephemeral_5m_input_tokens: 15, ephemeral_1h_input_tokens: 10 });
        assert.equal(message.usage.output_tokens, 11);
      },
    },
    {
      name: 'anthropic stream (finalMessage)',
      row: { ...anthropicRow, endpoint: '/v1/messages', requested_model: 'claude-3-5-haiku-latest', streamed: true, tokens: tokens(212, 0, 12, 12, 5, 0) },
      async run() {
        const stream = anthropic.messages.stream(
          { model: 'claude-3-5-haiku-latest', max_tokens: 64, messages: MESSAGES },
          { headers: mockHeaders({ prompt: 200, write: 12, write1h: 12 }) });
        let text = '';
        stream.on('text', (delta) => { text += delta; });
        const final = await stream.finalMessage();
        assert.equal(text, TEXT);
        assert.equal(final.content[0].text, TEXT);
        assert.equal(final.model, 'claude-3-5-haiku-20241022');
        assert.equal(final.usage.input_tokens, 200);
        assert.equal(final.usage.cache_creation_input_tokens, 12);
        assert.equal(final.usage.cache_read_input_tokens, 0);
        assert.equal(final.usage.output_tokens, CHUNKS);
      },
    },
    {
      name: 'anthropic count_tokens',
      // Counting is free: the row may carry the counted tokens or none.
      row: { ...anthropicRow, endpoint: '/v1/messages/count_tokens', requested_model: 'claude-sonnet-4-5', tokens: null },
      async run() {
        const count = await anthropic.messages.countTokens(
          { model: 'claude-sonnet-4-5', messages: MESSAGES }, { headers: mockHeaders({ prompt: 210 }) });
        assert.deepEqual(count, { input_tokens: 210 });
      },
    },
    {
      name: 'openai 429 surfaces as RateLimitError',
      row: { ...openaiRow, endpoint: '/v1/chat/completions', requested_model: 'gpt-5-mini', status: 429, tokens: tokens(0, 0, 0, 0, 0, 0), usageMayBeMissing: true },
      async run() {
        await assert.rejects(
          openai.chat.completions.create({ model: 'gpt-5-mini', messages: MESSAGES },
            { headers: { 'x-mock-scenario': 'error-429' } }),
          (error) => {
            assert.ok(error instanceof OpenAI.RateLimitError, `got ${error?.constructor?.name}: ${error?.message}`);
            assert.equal(error.status, 429);
            assert.equal(error.code, 'rate_limit_exceeded');
            return true;
          });
      },
    },
    {
      name: 'anthropic 429 surfaces as RateLimitError',
      row: { ...anthropicRow, endpoint: '/v1/messages', requested_model: 'claude-opus-4-0', status: 429, tokens: tokens(0, 0, 0, 0, 0, 0), usageMayBeMissing: true },
      async run() {
        await assert.rejects(
          anthropic.messages.create({ model: 'claude-opus-4-0', max_tokens: 16, messages: MESSAGES },
            { headers: { 'x-mock-scenario': 'error-429' } }),
          (error) => {
            assert.ok(error instanceof Anthropic.RateLimitError, `got ${error?.constructor?.name}: ${error?.message}`);
            assert.equal(error.status, 429);
            assert.equal(error.error?.error?.type, 'rate_limit_error');
            return true;
          });
      },
    },
  ];
}
