-- wrk script of bench/run: each connection cycles through the request paths of a file (one per
-- line; every wrk thread starts at a different line), optionally waits a fixed delay between
-- requests (to hold a rate below the peak), and appends one tab-separated result line to the file
-- named by WRK_OUT:
--   requests, duration_us, p50_ms, p90_ms, p99_ms, mean_ms, max_ms,
--   errors: connect, read, write, status (HTTP >= 400), timeout
-- Usage: wrk ... -s paths.lua http://127.0.0.1:18080 -- <paths file> [delay ms] [header: value]

local paths = {}
local counter = 0
local delay_ms = 0
local created = 0
local headers = { ["Accept"] = "application/json" }

function setup(thread)
  created = created + 1
  thread:set("tid", created)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  delay_ms = tonumber(args[2] or "0") or 0
  if args[3] then
    local name, value = args[3]:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  counter = (tid or 1) * 7919 -- tid: a global set by setup()
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], headers)
end

function delay()
  return delay_ms
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
end
