-- The mixed load: 90 % anonymous page views, 9 % signed-in page views, 1 % comment posts.
-- Arguments: a file of page paths (one per line), a file of signed-in readers
-- ("cookie<TAB>csrf-token" per line) and the id of the story to comment on.
-- Counts its own comment posts and their answers; done() prints them.
local pages, readers = {}, {}
local article = "1"
local thread_id = 0
local threads = {}
local counter = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  table.insert(threads, thread)
end

local function lines(path)
  local result = {}
  for line in io.lines(path) do
    if line ~= "" then table.insert(result, line) end
  end
  return result
end

function init(args)
  pages = lines(args[1])
  for _, line in ipairs(lines(args[2])) do
    local cookie, token = line:match("([^\t]+)\t([^\t]+)")
    table.insert(readers, {cookie = cookie, token = token})
  end
  article = args[3]
  math.randomseed(os.time() + id)
  posts = 0
  accepted = 0
end

local function page()
  return pages[math.random(#pages)]
end

function request()
  local roll = math.random(100)
  if roll <= 90 then
    return wrk.format("GET", page())
  end
  local reader = readers[math.random(#readers)]
  if roll <= 99 then
    return wrk.format("GET", page(), {["Cookie"] = reader.cookie})
  end
  counter = counter + 1
  posts = posts + 1
  local body = "_csrf=" .. reader.token .. "&articleId=" .. article ..
    "&body=Bench+comment+" .. id .. "-" .. counter .. "-" .. math.random(1000000000)
  return wrk.format("POST", "/comments", {
    ["Cookie"] = reader.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end

function response(status, headers, body)
  -- A stored comment is answered with a redirect to it; nothing else answers 302 here.
  if status == 302 then accepted = accepted + 1 end
end

function done(summary, latency, requests)
  local total_posts, total_accepted = 0, 0
  for _, thread in ipairs(threads) do
    total_posts = total_posts + thread:get("posts")
    total_accepted = total_accepted + thread:get("accepted")
  end
  io.write(string.format("comment posts: %d, answered as stored: %d\n", total_posts, total_accepted))
end
