-- The README's Neovim set-up, as the end-to-end test runs it (FACTLINT names the binary).
local factlint = os.getenv("FACTLINT") or "factlint"
local start = vim.lsp.start or function(config)
  -- Neovim 0.7: start a client for the buffer's folder and attach it
  local id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(0, id)
  return id
end
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "text", "markdown", "html" },
  callback = function(args)
    start({
      name = "factlint",
      cmd = { factlint, "lsp" },
      root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ":p:h"),
    })
  end,
})
