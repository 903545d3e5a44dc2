#!/usr/bin/env node
// End-to-end test of LLM Ledger with the official OpenAI and Anthropic SDKs:
//   mock upstream  <-  llmledger --headless (proxy)  <-  SDK calls
// then SIGTERM the proxy, `llmledger export --csv`, and check one row per call and that no
// API key was stored anywhere.
//
//   node run-e2e.mjs <llmledger> <llmledger-mock-upstream>
//   node run-e2e.mjs --direct <llmledger-mock-upstream>   (SDKs straight at the mock: checks the mock)
// Paths may also come from LLMLEDGER_BIN and LLMLEDGER_MOCK_BIN.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ANTHROPIC_KEY, CHUNKS, OPENAI_KEY, buildCalls } from './sdk-calls.mjs';
import { csvRecords } from './csv.mjs';
import { buildScenarioChecks } from './mock-scenarios.mjs';

const START_TIMEOUT_MS = 20_000;
const CALL_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 15_000;
const EXPORT_TIMEOUT_MS = 30_000;
const WATCHDOG_MS = 150_000;
const CSV_COLUMNS = ['request_id', 'started_at', 'endpoint', 'api_format', 'provider', 'requested_model',
  'served_model', 'streamed', 'status', 'error_type', 'error_message', 'input_tokens', 'cached_tokens',
  'cache_write_tokens', 'cache_write_1h_tokens', 'output_tokens', 'reasoning_tokens', 'usage_source',
  'cost_usd', 'price_model', 'latency_us', 'ttft_us', 'upstream_latency_us', 'proxy_overhead_us',
  'client_key_id', 'client_tool', 'user_agent', 'upstream_request_id', 'cache_hit'];

const args = process.argv.slice(2);
const direct = args[0] === '--direct';
if (direct) args.shift();
const ledgerBin = direct ? null : args[0] ?? process.env.LLMLEDGER_BIN;
const mockBin = (direct ? args[0] : args[1]) ?? process.env.LLMLEDGER_MOCK_BIN;

const children = new Set();
let keptDataDir = null; // reported when the run fails
let failures = 0;
let passes = 0;

function log(message) { process.stdout.write(`${message}\n`); }
function pass(name) { passes++; log(`ok   ${name}`); }
function fail(name, error) {
  failures++;
  log(`FAIL ${name}\n     ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n     ')}`);
}

function killChildren() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
process.on('exit', killChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { killChildren(); process.exit(130); });

function finish() {
  if (keptDataDir && failures > 0) log(`data directory kept: ${keptDataDir}`);
  log(`\n${passes} passed, ${failures} failed`);
  killChildren();
  process.exit(failures === 0 ? 0 : 1);
}
setTimeout(() => { fail('watchdog', new Error(`the whole test took over ${WATCHDOG_MS / 1000} s`)); finish(); }, WATCHDOG_MS).unref();

// Starts a program and resolves with { child, match } once a stdout line matches `ready`.
function startProcess(label, command, argv, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const output = { stdout: '', stderr: '' };
    child.output = output;
    const timer = setTimeout(() => reject(new Error(`${label} printed no ready line within ${START_TIMEOUT_MS} ms\n` +
      `stdout: ${output.stdout.slice(-2000)}\nstderr: ${output.stderr.slice(-2000)}`)), START_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (data) => {
      output.stdout += data;
      const match = output.stdout.match(ready);
      if (match) { clearTimeout(timer); resolve({ child, match }); }
    });
    child.stderr.on('data', (data) => { output.stderr = (output.stderr + data).slice(-20_000); });
    child.on('error', (error) => { clearTimeout(timer); reject(new Error(`${label} could not start (${command}): ${error.message}`)); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (code ${code}, signal ${signal}) before it was ready\nstderr: ${output.stderr.slice(-2000)}`));
    });
  });
}

function waitForExit(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not exit within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal }); });
  });
}

function runToCompletion(command, argv, env, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`${path.basename(command)} ${argv.join(' ')} took over ${timeoutMs} ms`)); }, timeoutMs);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stdout, stderr }); });
  });
}

function requireExecutable(label, file) {
  if (!file) throw new Error(`no path for ${label}: pass it as an argument or set ${label === 'llmledger' ? 'LLMLEDGER_BIN' : 'LLMLEDGER_MOCK_BIN'}`);
  fs.accessSync(file, fs.constants.X_OK);
  return path.resolve(file);
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

function checkRow(call, records) {
  const expected = call.row;
  const matches = records.filter((r) => r.endpoint === expected.endpoint && r.requested_model === expected.requested_model);
  if (matches.length !== 1) throw new Error(`expected 1 row for ${expected.endpoint} ${expected.requested_model || '(no model)'}, found ${matches.length}`);
  const row = matches[0];
  const problems = [];
  const expect = (column, ok, want) => { if (!ok) problems.push(`${column}=${JSON.stringify(row[column])} (want ${want})`); };
  expect('api_format', row.api_format === expected.api_format, expected.api_format);
  expect('provider', expected.provider.test(row.provider), String(expected.provider));
  expect('streamed', ['1', 'true'].includes(row.streamed) === expected.streamed, expected.streamed);
  expect('status', Number(row.status) === expected.status, expected.status);
  const usageMissing = row.usage_source !== 'provider';
  if (expected.tokens && !(expected.usageMayBeMissing && usageMissing)) {
    for (const [column, value] of Object.entries(expected.tokens)) {
      expect(column, Number(row[column] || 0) === value, value);
    }
    if (expected.status === 200 && expected.tokens.input_tokens > 0) expect('usage_source', row.usage_source === 'provider', 'provider');
  }
  if (problems.length) throw new Error(`row ${row.request_id}: ${problems.join(', ')}`);
  return row;
}

async function main() {
  const mockPath = requireExecutable('llmledger-mock-upstream', mockBin);
  const mock = await startProcess('mock upstream', mockPath, ['--port', '0', '--chunks', String(CHUNKS)], process.env, /listening on (\d+)/);
  const mockPort = Number(mock.match[1]);
  log(`mock upstream on port ${mockPort}`);

  let proxy = null;
  let dataDir = null;
  let baseEnv = null;
  let ledgerPath = null;
  let openaiBaseURL = `http://127.0.0.1:${mockPort}/v1`;
  let anthropicBaseURL = `http://127.0.0.1:${mockPort}`;
  if (!direct) {
    ledgerPath = requireExecutable('llmledger', ledgerBin);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmledger-e2e-'));
    keptDataDir = dataDir;
    const home = path.join(dataDir, 'home');
    fs.mkdirSync(home);
    baseEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local/share'), XDG_CACHE_HOME: path.join(home, '.cache'),
      QT_QPA_PLATFORM: 'offscreen' };
    const proxyEnv = { ...baseEnv, LLMLEDGER_OPENAI_BASE_URL: openaiBaseURL, LLMLEDGER_ANTHROPIC_BASE_URL: anthropicBaseURL };
    proxy = await startProcess('llmledger proxy', ledgerPath,
      ['--headless', '--port', '0', '--data-dir', dataDir, '--config', path.join(dataDir, 'config.json')],
      proxyEnv, /LLM Ledger proxy listening on http:\/\/127\.0\.0\.1:(\d+)/);
    const proxyPort = Number(proxy.match[1]);
    log(`llmledger proxy on port ${proxyPort}, data in ${dataDir}`);
    openaiBaseURL = `http://127.0.0.1:${proxyPort}/v1`;
    anthropicBaseURL = `http://127.0.0.1:${proxyPort}`;
  }

  const calls = buildCalls({ openaiBaseURL, anthropicBaseURL, timeoutMs: CALL_TIMEOUT_MS });
  for (const call of calls) {
    try { await call.run(); pass(`sdk: ${call.name}`); } catch (error) { fail(`sdk: ${call.name}`, error); }
  }
  if (direct) {
    for (const check of buildScenarioChecks({ openaiBaseURL, anthropicBaseURL, timeoutMs: CALL_TIMEOUT_MS })) {
      try { await check.run(); pass(`mock: ${check.name}`); } catch (error) { fail(`mock: ${check.name}`, error); }
    }
    return;
  }

  try {
    proxy.child.kill('SIGTERM');
    const { code, signal } = await waitForExit(proxy.child, STOP_TIMEOUT_MS);
    if (code !== 0) throw new Error(`exit code ${code}, signal ${signal}\nstderr: ${proxy.child.output.stderr.slice(-2000)}`);
    pass('proxy stops cleanly on SIGTERM');
  } catch (error) {
    fail('proxy stops cleanly on SIGTERM', error);
    proxy.child.kill('SIGKILL');
  }

  const exported = await runToCompletion(ledgerPath, ['export', '--csv', '--data-dir', dataDir], baseEnv, EXPORT_TIMEOUT_MS);
  if (exported.code !== 0) {
    fail('export --csv', new Error(`exit code ${exported.code}\nstderr: ${exported.stderr.slice(-2000)}`));
    return;
  }
  let records = [];
  try {
    const parsed = csvRecords(exported.stdout);
    records = parsed.records;
    const missing = CSV_COLUMNS.filter((c) => !parsed.header.includes(c));
    if (missing.length) throw new Error(`missing columns: ${missing.join(', ')}; header: ${parsed.header.join(',')}`);
    if (records.length !== calls.length) throw new Error(`${records.length} rows for ${calls.length} calls`);
    pass(`export --csv: ${records.length} rows, all columns`);
  } catch (error) {
    fail('export --csv', error);
  }
  for (const call of calls) {
    try { checkRow(call, records); pass(`row: ${call.name}`); } catch (error) { fail(`row: ${call.name}`, error); }
  }

  try {
    const keys = [OPENAI_KEY, ANTHROPIC_KEY];
    const leaks = keys.filter((key) => exported.stdout.includes(key)).map((key) => `CSV contains ${key}`);
    for (const file of filesUnder(dataDir)) {
      const bytes = fs.readFileSync(file);
      for (const key of keys) {
        if (bytes.includes(Buffer.from(key)) || bytes.includes(Buffer.from(key, 'utf16le'))) leaks.push(`${path.relative(dataDir, file)} contains ${key}`);
      }
    }
    if (leaks.length) throw new Error(leaks.join('\n'));
    pass('no API key in the CSV or any file of the data directory');
  } catch (error) {
    fail('no API key stored', error);
  }
  if (failures === 0 && !process.env.LLMLEDGER_E2E_KEEP) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    keptDataDir = null;
  }
}

main().catch((error) => fail('setup', error)).finally(finish);
