-- A minimal Neovim configuration that uses jazz-solo's ABC language server for *.abc files, with Neovim's
-- built-in LSP client (0.7 and newer). The test sets JAZZ_SOLO_ROOT; from a checkout `:pwd` is enough.
local root = vim.env.JAZZ_SOLO_ROOT or vim.fn.getcwd()

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'abc',
  callback = function(args)
    local config = {
      name = 'jazz-solo',
      cmd = { 'node', root .. '/bin/jazz-solo.js', 'lsp', '--stdio' },
      root_dir = vim.fn.fnamemodify(args.file, ':p:h'),
    }
    if vim.lsp.start then
      vim.lsp.start(config) -- Neovim 0.8+
    else
      vim.lsp.buf_attach_client(args.buf, vim.lsp.start_client(config))
    end
  end,
})
