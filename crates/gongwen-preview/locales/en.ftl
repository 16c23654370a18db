# gongwen-preview: messages of watch and serve, and the texts of the preview page.

## Console
preview-summary = { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}, { $ms } ms
preview-watcher-start = cannot watch files: { $reason }
preview-watch = cannot watch { $path }: { $reason }
preview-watching = watching files failed: { $reason }
preview-watcher-stopped = the file watcher stopped
preview-bind = cannot serve at { $address }: { $reason }; choose another port with --port (0 picks a free one)
preview-bad-host = --host needs an IP address (to listen on) or a host name (letters, digits, hyphens and dots; write an internationalised name in its xn-- form), not “{ $text }”
preview-io = the preview server failed: { $reason }
preview-reason-in-use = the port is already in use
preview-reason-not-here = this machine has no such address
preview-reason-permission = permission denied (ports below 1024 need administrator rights)
preview-reason-too-many = the system's limit of watched files is reached (Linux: raise fs.inotify.max_user_watches)
preview-reason-not-found = no such file or folder
preview-reason-other = { $detail }

## Refused requests (403)
preview-refused = gongwen serve refused this request: { $why }
preview-no-host = the request has no Host header, so it does not say whom it is for.
preview-other-host = “{ $host }” is not its address (it answers only localhost, 127.0.0.1, [::1] and the names given with --host, on the port it listens on). To be reached under this name, start it with --host and the name.
preview-other-origin = requests from other sites (Origin “{ $origin }”) are not answered.

## The preview page (page.html, page.js; the page fills in %file, %n …)
page-title = gongwen preview
page-failed = rendering failed; the pages are the last good ones
page-rendering = rendering…
page-problems = Problems in the data
page-disconnected = the connection to gongwen serve was lost; reconnecting…
page-status-one = %file · %n page · %ms ms · render %version
page-status-other = %file · %n pages · %ms ms · render %version
page-count-one = (%n problem)
page-count-other = (%n problems)
page-on-one = page %list
page-on-other = pages %list
page-list-separator = ,{" "}
page-alt = page %n
page-hint = hint: %hint
page-no-problems = No problems found.
