-- wrk script of bench/run's order scenarios: POST /api/v1/orders, each of one unit of one product,
-- as bench/run's signed-in customers.
--   request i of thread t (of T) orders product (offset + i * T + t - 1) mod n of the products file
--   (so no two requests of a run, nor of runs whose offsets bench/run advances, order the same
--   product while the file lasts; a file of one product is the hot product), signed by customer
--   (the same index) mod m of the tokens file, with a fresh Idempotency-Key unless told not to.
-- Appends the result line of paths.lua to WRK_OUT, and writes to WRK_STATUS one "status<TAB>count"
-- line per HTTP status received and a "next_offset<TAB>n" line (the first index no request used).
-- Usage: wrk ... -s orders.lua http://127.0.0.1:18080 -- <tokens file> <products file> <offset>
--        <threads> <idempotency: true|false> <note> <key prefix> [delay ms between requests]
-- The body matches OrderPlacementBaseline's (src/bench/java/ma/coopmarket/orderbaseline).

local threads = {}
local tokens = {}
local products = {}
local idempotency = true
local note = "bench"
local key_prefix = "wrk"
local delay_ms = 0
offset = 0    -- globals: done(), in wrk's main Lua state, reads them from each thread
counter = 0
statuses = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

local function read_lines(file)
  local lines = {}
  for line in io.lines(file) do
    if #line > 0 then
      lines[#lines + 1] = line
    end
  end
  return lines
end

local function json_string(s)
  return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

function init(args)
  tokens = read_lines(args[1])
  products = read_lines(args[2])
  offset = tonumber(args[3] or "0") or 0
  stride = tonumber(args[4] or "1") or 1 -- a global, like tid
  idempotency = (args[5] or "true") == "true"
  note = args[6] or note
  key_prefix = (args[7] or key_prefix) .. "-" .. tid
  delay_ms = tonumber(args[8] or "0") or 0
end

function delay()
  return delay_ms
end

local body_format = '{"lines":[{"productId":"%s","quantity":1}],"delivery":{"name":"Salma Benali",'
  .. '"phone":"+212612345678","city":"Agadir","regionCode":"MA-09",'
  .. '"addressLine":"12, rue Al Massira, quartier Dakhla"},"paymentMethod":"CASH_ON_DELIVERY","note":%s}'

function request()
  local i = offset + counter * stride + (tid - 1)
  counter = counter + 1
  local headers = {
    ["Accept"] = "application/json",
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[(i % #tokens) + 1],
  }
  if idempotency then
    headers["Idempotency-Key"] = key_prefix .. "-" .. counter
  end
  local body = string.format(body_format, products[(i % #products) + 1], json_string(note))
  return wrk.format("POST", "/api/v1/orders", headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local e = summary.errors
  local f = assert(io.open(os.getenv("WRK_OUT"), "a"))
  f:write(string.format("%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d\n",
    summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.mean / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
  f:close()
  local total = {}
  local most = 0
  local first = 0
  for _, thread in ipairs(threads) do
    first = thread:get("offset") or 0
    for status, n in pairs(thread:get("statuses") or {}) do
      total[status] = (total[status] or 0) + n
    end
    most = math.max(most, thread:get("counter") or 0)
  end
  local s = assert(io.open(os.getenv("WRK_STATUS"), "w"))
  for status, n in pairs(total) do
    s:write(string.format("%d\t%d\n", status, n))
  end
  s:write(string.format("next_offset\t%d\n", first + most * #threads))
  s:close()
end
