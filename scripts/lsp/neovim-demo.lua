-- The Neovim set-up of scripts/lsp-screenshot.sh: relingo lsp attached to the file opened
-- (Neovim 0.7 API: start_client; 0.8+ has vim.lsp.start), diagnostics shown in the margin.
vim.o.termguicolors = true
vim.cmd('syntax off')
vim.o.number = true
vim.o.wrap = false
vim.o.signcolumn = 'yes'
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local buffer = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({ name = 'relingo', cmd = { os.getenv('RELINGO'), 'lsp' }, root_dir = os.getenv('ROOT') })
  vim.lsp.buf_attach_client(buffer, client)
end })
vim.diagnostic.config({ virtual_text = { prefix = '●' }, signs = true, underline = true })
