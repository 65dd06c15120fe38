-- nvim-test.lua - the steps of tests/lsp/nvim.sh inside headless Neovim.
-- Written for Neovim 0.7's client: the position encoding is negotiated
-- with clangd's offsetEncoding (0.7 knows no general.positionEncodings),
-- and formatting is vim.lsp.buf.formatting_sync (0.8 renamed it format).
local result = os.getenv('RESULT')

local function finish(msg)
  local f = io.open(result, 'w')
  f:write(msg)
  f:close()
  vim.cmd(msg == 'ok' and 'qall!' or 'cquit! 1')
end

local function check(cond, msg)
  if not cond then
    finish('FAIL: ' .. msg)
    error(msg)
  end
end

local ok, err = pcall(function()
  -- 0. editors/vim: the file type is detected and dates are highlighted.
  vim.opt.runtimepath:prepend(os.getenv('EDITORS'))
  vim.cmd('filetype plugin on')
  vim.cmd('syntax on')
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('PLAN')))
  local buf = vim.api.nvim_get_current_buf()
  check(vim.bo.filetype == 'strat', 'filetype is ' .. vim.bo.filetype)
  check(vim.bo.shiftwidth == 2, 'ftplugin: shiftwidth ' .. vim.bo.shiftwidth)
  local function syn(l, c) return vim.fn.synIDattr(vim.fn.synID(l, c, 1), 'name') end
  check(syn(15, 10) == 'stratDate' and syn(14, 1) == 'stratBlock' and syn(50, 15) == 'stratId'
        and syn(1, 1) == 'stratComment',
        'syntax: ' .. syn(15, 10) .. ' ' .. syn(14, 1) .. ' ' .. syn(50, 15) .. ' ' .. syn(1, 1))
  local exit_code
  local caps = vim.lsp.protocol.make_client_capabilities()
  caps.offsetEncoding = { 'utf-8', 'utf-16' }
  local id = vim.lsp.start_client({
    name = 'stratc',
    cmd = { os.getenv('STRATC'), 'lsp' },
    root_dir = vim.fn.fnamemodify(os.getenv('PLAN'), ':h'),
    capabilities = caps,
    on_init = function(client, init)
      if init.offsetEncoding then client.offset_encoding = init.offsetEncoding end
    end,
    on_exit = function(code) exit_code = code end,
  })
  check(id, 'the client did not start')
  vim.lsp.buf_attach_client(buf, id)

  -- 1. Diagnostics arrive, at the right places, with check's rule ids.
  local function diags() return vim.diagnostic.get(buf) end
  check(vim.wait(10000, function() return #diags() >= 2 end, 20), 'no diagnostics came')
  local client = vim.lsp.get_client_by_id(id)
  check(client.offset_encoding == 'utf-8', 'offset encoding is ' .. tostring(client.offset_encoding))
  local by = {}
  for _, d in ipairs(diags()) do by[d.code or (d.user_data and d.user_data.lsp.code)] = d end
  local typo = by['undefined-reference']
  check(typo and typo.lnum == 45 and typo.col == 12 and typo.end_col == 21,
        'undefined-reference not at 46:13: ' .. vim.inspect(typo))
  local era = by['date-after-era']
  -- After "  period 平成30年度 .. ": 27 bytes (19 UTF-16 units).
  check(era and era.lnum == 14 and era.col == 27, 'date-after-era not at byte 27: ' .. vim.inspect(era))
  check(#diags() == 2, 'expected 2 findings, got ' .. #diags())

  -- 2. Go to definition: viewpoints productivity (line 47) -> line 29.
  vim.api.nvim_win_set_cursor(0, { 47, 18 })
  vim.lsp.buf.definition()
  check(vim.wait(5000, function() return vim.api.nvim_win_get_cursor(0)[1] == 29 end, 20),
        'definition did not jump: cursor at ' .. vim.inspect(vim.api.nvim_win_get_cursor(0)))
  check(vim.api.nvim_win_get_cursor(0)[2] == 12, 'definition column ' .. vim.api.nvim_win_get_cursor(0)[2])

  -- 3. Formatting gives exactly stratc fmt's text.
  vim.lsp.buf.formatting_sync(nil, 5000)
  local want = vim.fn.readfile(os.getenv('EXPECTED'))
  local got = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  check(vim.deep_equal(want, got), 'the formatted buffer differs from stratc fmt')

  -- 4. Fixing the typo clears its finding (didChange, then publishDiagnostics).
  local line = vim.api.nvim_buf_get_lines(buf, 45, 46, false)[1]
  vim.api.nvim_buf_set_lines(buf, 45, 46, false, { (line:gsub('materails', 'materials')) })
  check(vim.wait(5000, function()
    -- With the error gone, check also weighs the assessments: the seed's one warning.
    local seen = false
    for _, d in ipairs(diags()) do
      if d.lnum == 45 then return false end
      seen = seen or d.code == 'assessment-optimistic'
    end
    return seen
  end, 20), 'the fixed finding was not cleared: ' .. vim.inspect(diags()))

  -- 5. shutdown and exit: the server exits 0.
  vim.lsp.stop_client(id)
  check(vim.wait(5000, function() return exit_code ~= nil end, 20), 'the server did not exit')
  check(exit_code == 0, 'the server exited ' .. tostring(exit_code))
end)
if ok then finish('ok') else pcall(finish, 'FAIL: ' .. tostring(err)) end
