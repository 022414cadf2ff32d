// Drives Keyrack's sandbox with ccxt's hitbtc class, a real third-party HitBTC API v3 client.
// Run by run-ccxt.sh, once per phase, against a running `keyrack-cli sandbox`:
//   node ccxt-hitbtc.mjs --url http://127.0.0.1:PORT --phase trade|no-trade|off
// Standard input carries the key as `keyrack-cli generate --json` prints it
// ({"id","publicKey","secret"}): the secret never appears in an argument and is never printed.
// Phases, each with the key in the state the driver set:
//   trade     rights read+trade: markets, balances, place, list and cancel an order; a wrong
//             secret or an unknown key throws ccxt.AuthenticationError.
//   no-trade  rights read only: balances still work; createOrder throws ccxt.PermissionDenied.
//   off       key switched OFF: fetchBalance throws ccxt.AuthenticationError.
// Prints one line per check ("ok - ..." or "not ok - ..."); exits 1 if any check failed.
import ccxt from 'ccxt';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

// The installed package's version (ccxt.version can lag behind it); ccxt exports no package.json.
const ccxtVersion =
    JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('ccxt')))).version;

const { values: args } = parseArgs({
    options: {
        url: { type: 'string' },
        phase: { type: 'string' },
    },
});
const phases = ['trade', 'no-trade', 'off'];
if (!args.url || !phases.includes(args.phase)) {
    console.error(`usage: node ccxt-hitbtc.mjs --url URL --phase ${phases.join('|')} < key.json`);
    process.exit(2);
}

async function readKey() {
    let text = '';
    for await (const chunk of process.stdin) {
        text += chunk;
    }
    let key;
    try {
        key = JSON.parse(text);
    } catch {
        throw new Error('standard input is not the JSON of `keyrack-cli generate --json`');
    }
    if (typeof key.publicKey !== 'string' || typeof key.secret !== 'string') {
        throw new Error('standard input lacks "publicKey" or "secret"');
    }
    return key;
}

let failures = 0;

function check(condition, description, detail = '') {
    if (condition) {
        console.log(`ok - ${description}`);
    } else {
        failures++;
        console.log(`not ok - ${description}${detail ? ` (${detail})` : ''}`);
    }
    return condition;
}

// Runs `call`, which must throw an instance of `wanted` (and of none of `unwanted`).
async function expectError(description, call, wanted, unwanted = []) {
    try {
        const result = await call();
        return check(false, description, `no error; got ${JSON.stringify(result?.info ?? result)}`);
    } catch (error) {
        const right = error instanceof wanted && !unwanted.some((type) => error instanceof type);
        return check(right, description, `${error?.constructor?.name}: ${error?.message}`);
    }
}

function near(a, b) {
    return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9;
}

function describeBalance(balance, code) {
    const entry = balance[code] ?? {};
    return `${code} free ${entry.free} used ${entry.used} total ${entry.total}`;
}

const key = await readKey();
// ccxt's hitbtc keeps its endpoints in urls.api.public and urls.api.private, both ending in
// /api/3 (the signed path is '/api/3/' + the endpoint): point both at the sandbox.
const api = args.url.replace(/\/+$/, '') + '/api/3';

function makeExchange(apiKey, secret) {
    const made = new ccxt.hitbtc({ apiKey, secret, timeout: 10000 });
    made.urls.api = { public: api, private: api };
    return made;
}

const exchange = makeExchange(key.publicKey, key.secret);
// The sandbox's seeded account: a limit sell of 0.01 ETH at 0.06 BTC rests on the book.
const symbol = 'ETH/BTC';
const amount = 0.01;
const price = 0.06;

async function loadMarkets() {
    const markets = await exchange.loadMarkets();
    check(['ETH/BTC', 'BTC/USDT', 'ETH/USDT'].every((s) => markets[s]?.spot === true),
          'loadMarkets lists the spot markets ETH/BTC, BTC/USDT and ETH/USDT',
          Object.keys(markets).join(', '));
    const market = markets[symbol];
    check(market?.id === 'ETHBTC' && market.base === 'ETH' && market.quote === 'BTC'
              && market.precision.amount > 0 && market.precision.price > 0,
          `market ${symbol} has id ETHBTC, base ETH, quote BTC and precisions`,
          JSON.stringify(market && { id: market.id, precision: market.precision }));
    const currencies = exchange.currencies ?? {};
    check(['BTC', 'ETH', 'USDT'].every((code) => currencies[code]?.id === code),
          'loadMarkets loaded the currencies BTC, ETH and USDT', Object.keys(currencies).join(', '));
}

async function phaseTrade() {
    await loadMarkets();
    const before = await exchange.fetchBalance();
    check(['BTC', 'ETH', 'USDT'].every((code) => typeof before[code]?.free === 'number'),
          `fetchBalance: ${describeBalance(before, 'ETH')}, ${describeBalance(before, 'BTC')}`);
    if (!check(before.ETH?.free >= amount, `ETH available for a ${amount} ETH sell`)) {
        return;
    }

    const order = await exchange.createOrder(symbol, 'limit', 'sell', amount, price);
    check(typeof order.id === 'string' && order.id.length > 0 && order.status === 'open'
              && order.symbol === symbol && order.side === 'sell' && order.type === 'limit'
              && near(order.amount, amount) && near(order.price, price) && near(order.filled, 0),
          `createOrder('${symbol}', 'limit', 'sell', ${amount}, ${price}): open order ${order.id}`,
          JSON.stringify(order.info));

    const reserved = await exchange.fetchBalance();
    check(near(reserved.ETH.free, before.ETH.free - amount)
              && near(reserved.ETH.used, before.ETH.used + amount)
              && near(reserved.ETH.total, before.ETH.total),
          `fetchBalance after the order: ${amount} ETH reserved (${describeBalance(reserved, 'ETH')})`);
    check(near(reserved.BTC.free, before.BTC.free) && near(reserved.BTC.used, before.BTC.used),
          'fetchBalance after the order: BTC unchanged');

    const open = await exchange.fetchOpenOrders(symbol);
    const listed = open.find((o) => o.id === order.id);
    check(listed !== undefined && listed.status === 'open' && near(listed.amount, amount)
              && near(listed.price, price),
          `fetchOpenOrders('${symbol}') lists the order`, JSON.stringify(open.map((o) => o.info)));
    const all = await exchange.fetchOpenOrders();
    check(all.some((o) => o.id === order.id && o.symbol === symbol),
          'fetchOpenOrders() without a symbol lists the order');

    const canceled = await exchange.cancelOrder(order.id, symbol);
    check(canceled.id === order.id && canceled.status === 'canceled',
          `cancelOrder('${order.id}'): canceled`, JSON.stringify(canceled.info));
    const after = await exchange.fetchOpenOrders(symbol);
    check(!after.some((o) => o.id === order.id), 'fetchOpenOrders no longer lists the order');
    const closed = await exchange.fetchClosedOrders(symbol);
    check(closed.some((o) => o.id === order.id && o.status === 'canceled'),
          'fetchClosedOrders lists the order as canceled');

    const released = await exchange.fetchBalance();
    check(near(released.ETH.free, before.ETH.free) && near(released.ETH.used, before.ETH.used),
          `fetchBalance after the cancel: ETH released (${describeBalance(released, 'ETH')})`);
    check(near(released.BTC.free, before.BTC.free) && near(released.USDT.free, before.USDT.free),
          'fetchBalance after the cancel: BTC and USDT unchanged');

    // The sandbox checks ccxt's HS256 signature: a wrong secret or an unknown key is refused.
    const wrongSecret = (key.secret.startsWith('A') ? 'B' : 'A') + key.secret.slice(1);
    const forged = makeExchange(key.publicKey, wrongSecret);
    await expectError('fetchBalance signed with a wrong secret throws ccxt.AuthenticationError',
                      () => forged.fetchBalance(), ccxt.AuthenticationError,
                      [ccxt.PermissionDenied]);
    const stranger = makeExchange('unknown' + key.publicKey.slice(7), key.secret);
    await expectError('fetchBalance with an unknown key throws ccxt.AuthenticationError',
                      () => stranger.fetchBalance(), ccxt.AuthenticationError,
                      [ccxt.PermissionDenied]);
    await expectError('cancelOrder again throws ccxt.OrderNotFound',
                      () => exchange.cancelOrder(order.id, symbol), ccxt.OrderNotFound);
    await expectError('createOrder beyond the balance throws ccxt.InsufficientFunds',
                      () => exchange.createOrder(symbol, 'limit', 'sell', 1000, price),
                      ccxt.InsufficientFunds);
}

async function phaseNoTrade() {
    await loadMarkets();
    const before = await exchange.fetchBalance();
    check(typeof before.ETH?.free === 'number',
          `fetchBalance with read only: ${describeBalance(before, 'ETH')}`);
    await expectError('createOrder without the trade right throws ccxt.PermissionDenied',
                      () => exchange.createOrder(symbol, 'limit', 'sell', amount, price),
                      ccxt.PermissionDenied);
    const after = await exchange.fetchBalance();
    check(near(after.ETH.free, before.ETH.free) && near(after.ETH.used, before.ETH.used),
          'fetchBalance: the refused order reserved nothing');
}

async function phaseOff() {
    await loadMarkets();
    // PermissionDenied is a subclass of AuthenticationError in ccxt: an OFF key is not a
    // missing right.
    await expectError('fetchBalance with the key OFF throws ccxt.AuthenticationError',
                      () => exchange.fetchBalance(), ccxt.AuthenticationError,
                      [ccxt.PermissionDenied]);
    await expectError('createOrder with the key OFF throws ccxt.AuthenticationError',
                      () => exchange.createOrder(symbol, 'limit', 'sell', amount, price),
                      ccxt.AuthenticationError, [ccxt.PermissionDenied]);
}

console.log(`# ccxt ${ccxtVersion} hitbtc against ${api}, phase ${args.phase}`);
try {
    if (args.phase === 'trade') {
        await phaseTrade();
    } else if (args.phase === 'no-trade') {
        await phaseNoTrade();
    } else {
        await phaseOff();
    }
} catch (error) {
    failures++;
    console.log(`not ok - unexpected ${error?.constructor?.name}: ${error?.message}`);
}
if (failures > 0) {
    console.log(`# phase ${args.phase}: ${failures} check(s) failed`);
    process.exit(1);
}
