/** Addresses for the notice sanitizer's tests (domain table and Chromium). */
// Every address a browser would follow off the hall, however it is spelled. Written into an
// attribute as shown (the HTML parser decodes the references first).
export const LEAVING = [
  ['a backslash after the slash', '/\\evil.example/login'],
  ['&#92; after the slash', '/&#92;evil.example/login'],
  ['&#x5c; after the slash', '/&#x5c;evil.example/login'],
  ['&bsol; after the slash', '/&bsol;evil.example/login'],
  ['a tab between the slashes', '/\t/evil.example/login'],
  ['&Tab; between the slashes', '/&Tab;/evil.example/login'],
  ['a newline between the slashes', '/\n/evil.example/login'],
  ['a carriage return and backslash', '/\r\\evil.example/login'],
  ['&#10; then a backslash', '/&#10;\\evil.example/login'],
  ['two backslashes', '\\\\evil.example/login'],
  ['scheme-relative', '//evil.example/login'],
  ['scheme-relative with a leading space', '  //evil.example/login'],
  ['slash, backslash, slash', '/\\/evil.example'],
  ['a dot segment to a double slash', '/.//evil.example/x'],
  ['a double dot segment to a double slash', '/a/..//evil.example/x'],
  ['&sol;&sol;', '&sol;&sol;evil.example/x'],
  ['https without slashes', 'https:evil.example/login'],
  ['https with one slash', 'https:/evil.example/login'],
  ['http', 'http://evil.example/'],
  ['javascript', 'javascript:alert(1)'],
  ['javascript with a tab', 'java\tscript:alert(1)'],
  ['javascript with &Tab;', 'java&Tab;script:alert(1)'],
  ['javascript with &#x09;', 'java&#x09;script:alert(1)'],
  ['javascript uppercase with spaces', '  JAVASCRIPT:alert(1)  '],
  ['javascript with a colon reference', 'javascript&colon;alert(1)'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['data', 'data:text/html;base64,PHNjcmlwdD4='],
  ['file', 'file:///etc/passwd'],
  ['a user name in front of the host', 'https://www.gov.cn@evil.example/'],
  ['a user and password', 'https://user:pw@www.gov.cn/'],
  ['an unparsable host', 'https://exa mple.com/']
] as const

/** Addresses of the hall itself, as written (they stay, as normalised paths). */
export const STAYING = ['/pages/about/index', '/pages/guide/index?code=SB-001#materials', '  /pages/about/index  ', '/%5Cevil.example/login', 'pages/a/../about', '?page=2', '#section-2'] as const
