-- Neovim's own LSP client drives `relingo lsp` as a translator's editor does: open a locale
-- file, wait for relingo's diagnostics, ask for the code actions on the first `# @todo`,
-- apply "Mark as translated", write the file, and record what it saw in $OUT.
-- Works with Neovim 0.7 (Debian 12) and later: start_client, not vim.lsp.start.
local out = {}
local function finish(code)
  vim.fn.writefile(out, vim.env.OUT)
  vim.cmd(code == 0 and 'qall!' or 'cquit! ' .. code)
end

vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.FILE))
local buffer = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = 'relingo',
  cmd = { vim.env.RELINGO, 'lsp' },
  root_dir = vim.env.ROOT,
  init_options = { reviewer = 'Anna Nowak' },
})
vim.lsp.buf_attach_client(buffer, client)

if not vim.wait(15000, function() return #vim.diagnostic.get(buffer) > 0 end, 50) then
  table.insert(out, 'no diagnostics')
  return finish(1)
end
local codes = {}
for _, d in ipairs(vim.diagnostic.get(buffer)) do
  codes[d.code] = (codes[d.code] or 0) + 1
end
for code, count in pairs(codes) do
  table.insert(out, 'diagnostic ' .. code .. ' ' .. count)
end

local line = vim.fn.search('^# @todo') - 1
local params = {
  textDocument = vim.lsp.util.make_text_document_params(buffer),
  range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = 0 } },
  context = { diagnostics = {} },
}
local responses = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction', params, 10000) or {}
local applied = false
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    table.insert(out, 'action ' .. action.title)
    if not applied and action.title:match('^Mark as translated') then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      applied = true
    end
  end
end
if not applied then
  table.insert(out, 'no action applied')
  return finish(1)
end
vim.cmd('write')
table.insert(out, 'written')
finish(0)
