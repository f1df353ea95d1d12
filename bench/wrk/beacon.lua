-- POSTs a view beacon for the story id given as the first argument.
local article = "1"
function init(args)
  article = args[1] or article
end
function request()
  return wrk.format("POST", "/popularity/view",
    {["Content-Type"] = "application/x-www-form-urlencoded"}, "a=" .. article)
end
