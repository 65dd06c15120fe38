" syntax/strat.vim - the .strat language of stratc (doc/language.md).
" Keywords, ids after the block keywords, strings, dates in every form
" (2020-03-31, FY2020, R2.3, R元.12, 令和2年度, 2020年度), numbers with
" full-width digits, statuses and comments.
if exists('b:current_syntax')
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

syn iskeyword @,48-57,_,192-255

syn keyword stratBlock     strategy viewpoint sector project indicator thresholds scale nextgroup=stratId skipwhite
syn keyword stratItem      period fiscal_year as_of revises include goal milestone note sectors viewpoints
syn keyword stratItem      activity owner assessment unit baseline target actual status direction kind
syn keyword stratItem      source renamed_from grade
syn keyword stratWord      starts at by en when and or
syn keyword stratConstant  exceeded achieved on_track below far_below no_data
syn keyword stratConstant  increase decrease output outcome
syn keyword stratConstant  rate expected progress change has_data qualitative always stale_days

syn match   stratId        /\k\+/ contained

syn match   stratComment   /#.*$/ contains=stratTodo,@Spell
syn keyword stratTodo      TODO FIXME XXX contained
syn region  stratString    start=/"/ skip=/\\./ end=/"/ oneline contains=stratEscape,@Spell
syn match   stratEscape    /\\./ contained

" Dates before numbers: the later match wins where both start.
syn match   stratNumber    /[-－]\=[0-9０-９]\+\(_[0-9０-９]\+\)*\([.．][0-9０-９]\+\)\=\([eE][+-]\=[0-9]\+\)\=/
syn match   stratDate      /\<[0-9０-９]\{4}-[0-9０-９]\{1,2}\(-[0-9０-９]\{1,2}\)\=/
syn match   stratDate      /[0-9０-９]\{4}年\(度\|[0-9０-９]\{1,2}月\([0-9０-９]\{1,2}日\)\=\)\=/
syn match   stratDate      /\<[MTSHR]\([0-9０-９]\+\|元\)\([.．][0-9０-９]\+\)\{0,2}\>/
syn match   stratDate      /\<FY[0-9０-９]\+\>/
syn match   stratDate      /\([MTSHR]\|明治\|大正\|昭和\|平成\|令和\)\([0-9０-９]\+\|元\)年\(度\|[0-9０-９]\+月\([0-9０-９]\+日\)\=\)\=/
syn match   stratOperator  /\.\.\|>=\|<=\|[<>=%,{}]\|[≥≤、％]/

hi def link stratBlock     Structure
hi def link stratItem      Keyword
hi def link stratWord      Keyword
hi def link stratConstant  Constant
hi def link stratId        Identifier
hi def link stratComment   Comment
hi def link stratTodo      Todo
hi def link stratString    String
hi def link stratEscape    SpecialChar
hi def link stratNumber    Number
hi def link stratDate      Special
hi def link stratOperator  Operator

let b:current_syntax = 'strat'
let &cpo = s:cpo_save
unlet s:cpo_save
