-- wrk script: one method/path/body from the environment; "{id}" in the path is
-- replaced by the next line of the file named by RDSA_IDS (each id used once per
-- pass, so submits never hit an already-submitted assessment while ids last).
local method = os.getenv("RDSA_METHOD") or "GET"
local path = os.getenv("RDSA_PATH") or "/"
local body = os.getenv("RDSA_BODY")
if body == "" then body = nil end
local ids = {}
local ids_file = os.getenv("RDSA_IDS")
if ids_file then
  for line in io.lines(ids_file) do ids[#ids + 1] = line end
end
local counter = 0

request = function()
  local target = path
  if #ids > 0 then
    counter = counter + 1
    target = string.gsub(path, "{id}", ids[((counter - 1) % #ids) + 1])
  end
  return wrk.format(method, target, nil, body)
end
