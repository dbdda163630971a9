-- wrk script of `make bench`: each connection requests the paths of a file (one per
-- line, given after `--` with the number of connections) in turn, and the run ends with one JSON line on stdout: the
-- latency percentiles, wrk's socket errors, the count of each HTTP status, and per path
-- how many answers were cache hits (the page cache's `X-Cache: hit`) and how many not.
-- Give as many threads as connections: a thread's one connection then alternates
-- request and response, so a response belongs to the path requested last.

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function init(args)
   paths = {}
   for line in io.lines(args[1]) do
      if line ~= "" then table.insert(paths, line) end
   end
   -- Threads start evenly spread over the paths, so that they do not ask for the same
   -- ones: with as many paths as requests, no path is asked for twice.
   position = math.floor(id * #paths / tonumber(args[2]))
   statuses, hits, misses = {}, {}, {}
end

function request()
   position = position % #paths + 1
   last = paths[position]
   return wrk.format(nil, last)
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   local counts = headers["X-Cache"] == "hit" and hits or misses
   counts[last] = (counts[last] or 0) + 1
end

local function add(total, part)
   for key, count in pairs(part) do total[key] = (total[key] or 0) + count end
end

local function json(value)
   if type(value) == "table" then
      local items = {}
      for key, item in pairs(value) do
         table.insert(items, string.format("%q:%s", tostring(key), json(item)))
      end
      return "{" .. table.concat(items, ",") .. "}"
   end
   return tostring(value)
end

function done(summary, latency, requests)
   local all = {statuses = {}, hits = {}, misses = {}}
   for _, thread in ipairs(threads) do
      for name, total in pairs(all) do add(total, thread:get(name)) end
   end
   all.requests = summary.requests
   all.seconds = summary.duration / 1e6
   all.errors = summary.errors
   all.p50_ms = latency:percentile(50) / 1000
   all.p99_ms = latency:percentile(99) / 1000
   io.write("RESULT " .. json(all) .. "\n")
end
