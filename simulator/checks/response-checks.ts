import { fail, pass, skip, type Check } from './check.ts';

// The layer every answer goes through: it came, with the status the step expects, in the
// schema the spec documents for that status, without a 5xx, within the time budget.

const transport: Check = {
  name: 'transport',
  description: 'An HTTP answer came (no refused connection, reset or timeout).',
  run: ({ exchange }) =>
    exchange.response ? pass('transport', 'answered') : fail('transport', `no answer: ${exchange.error}`, 'an HTTP response', exchange.error),
};

const status: Check = {
  name: 'status',
  description: 'The status is the one the step expects (by default a 2xx the operation documents).',
  run({ exchange, step, profile }) {
    if (!exchange.response) return skip('status', 'no answer');
    const expected = step.status === undefined ? profile.successStatuses(step.operation) : ([] as number[]).concat(step.status);
    const given = exchange.response.status;
    return expected.includes(given)
      ? pass('status', `${given}`)
      : fail('status', `expected status ${expected.join(' or ')}, got ${given}`, expected.length === 1 ? expected[0] : expected, given);
  },
};

const schema: Check = {
  name: 'schema',
  description: 'The body matches the schema the spec documents for the operation and status.',
  run({ exchange, step, profile, validator }) {
    if (!exchange.response) return skip('schema', 'no answer');
    const { status: code, body } = exchange.response;
    const pointer = profile.responseSchema(step.operation, code);
    if (pointer === undefined) return fail('schema', `status ${code} is not documented for ${step.operation}`, 'a documented status', code);
    if (pointer === null) {
      return body === undefined ? pass('schema', 'no body, as documented') : fail('schema', `status ${code} is documented without a body`, undefined, body);
    }
    const result = validator.validate(pointer, body);
    if (result.valid) return pass('schema', `matches the documented ${code} body`);
    const first = result.violations[0]!;
    return fail('schema', `${first.message} (at ${first.path})`, `a body matching ${decodeURIComponent(pointer)}`, body);
  },
};

const noServerError: Check = {
  name: 'no-server-error',
  description: 'Never a 5xx.',
  run({ exchange }) {
    if (!exchange.response) return skip('no-server-error', 'no answer');
    const code = exchange.response.status;
    return code < 500 ? pass('no-server-error', `${code}`) : fail('no-server-error', `server error ${code}`, '< 500', code);
  },
};

const timeBudget: Check = {
  name: 'time-budget',
  description: 'The answer came within the per-step time budget.',
  run({ exchange, budgetMs }) {
    const ms = Math.round(exchange.durationMs);
    return ms <= budgetMs ? pass('time-budget', `${ms} ms`) : fail('time-budget', `took ${ms} ms, budget ${budgetMs} ms`, `<= ${budgetMs} ms`, `${ms} ms`);
  },
};

/** The checks every answer gets, in order. */
export const responseChecks = { transport, status, schema, noServerError, timeBudget } as const;
