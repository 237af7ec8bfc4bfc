-- Opens the seed article named by $ARTICLE, waits for factlint's diagnostics and prints them.
vim.cmd("edit " .. os.getenv("ARTICLE"))
vim.cmd("setfiletype text")
local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format("%d:%d %s %s", d.lnum + 1, d.col + 1, d.source or "?", (d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)) or "?"))
end
io.stdout:write((ok and "diagnostics: " or "none: ") .. table.concat(out, "; ") .. "\n")
vim.cmd("qa!")
