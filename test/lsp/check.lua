-- Run by test/unit/serverNeovim.test.ts after init.lua opened an ABC file: waits for the server's
-- diagnostics, asks for a hover at JAZZ_SOLO_HOVER ("line:column", 0-based), writes what Neovim received
-- as JSON to JAZZ_SOLO_RESULT and quits.
local result = { diagnostics = {}, hover = vim.NIL, clients = {} }

vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or vim.NIL
  table.insert(result.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    message = d.message, source = d.source or vim.NIL, code = code,
  })
end
for _, client in pairs(vim.lsp.buf_get_clients(0)) do table.insert(result.clients, client.name) end

local line, column = string.match(vim.env.JAZZ_SOLO_HOVER or '0:0', '(%d+):(%d+)')
local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = tonumber(line), character = tonumber(column) } }
local answers = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 15000) or {}
for _, answer in pairs(answers) do
  if answer.result then result.hover = answer.result end
end

local file = assert(io.open(vim.env.JAZZ_SOLO_RESULT, 'w'))
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
