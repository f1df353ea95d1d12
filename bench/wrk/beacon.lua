-- POSTs a view beacon for the story id given as the first argument, as a browser does: a beacon
-- without a browser's User-Agent is a crawler's and is answered but not counted.
local article = "1"
function init(args)
  article = args[1] or article
end
function request()
  return wrk.format("POST", "/popularity/view",
    {["Content-Type"] = "application/x-www-form-urlencoded",
     ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"}, "a=" .. article)
end
