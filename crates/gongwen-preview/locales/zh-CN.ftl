# gongwen-preview：watch 和 serve 的说明，以及预览页面上的文字。

## 控制台
preview-summary = 共 { $pages } 页，{ $problems } 个问题，用时 { $ms } 毫秒
preview-watcher-start = 无法监视文件变化：{ $reason }
preview-watch = 无法监视 { $path }：{ $reason }
preview-watching = 监视文件变化时出错：{ $reason }
preview-watcher-stopped = 文件监视意外停止
preview-bind = 无法在 { $address } 提供预览：{ $reason }；请用 `--port` 换一个端口（0 表示任选一个空闲端口）
preview-bad-host = `--host` 需要 IP 地址（监听的地址）或主机名（只含字母、数字、连字符和点，中文域名请写 xn-- 形式），而不是「{ $text }」
preview-io = 预览服务出错：{ $reason }
preview-reason-in-use = 这个端口已被占用
preview-reason-not-here = 本机没有这个地址
preview-reason-permission = 没有权限（1024 以下的端口需要管理员权限）
preview-reason-too-many = 已达到系统能同时监视的文件数上限（Linux：调大 fs.inotify.max_user_watches）
preview-reason-not-found = 路径不存在
preview-reason-other = { $detail }

## 拒绝请求（403）
preview-refused = gongwen serve 拒绝了这个请求：{ $why }
preview-no-host = 请求没有 Host 头，不知道它要访问谁。
preview-other-host = 「{ $host }」不是它的地址（只认 localhost、127.0.0.1、[::1] 和 `--host` 给出的名字，端口须是它监听的端口）。若确实要用这个名字访问，请启动时加 `--host` 该名字。
preview-other-origin = 来自其他网站（Origin「{ $origin }」）的请求不予回答。

## 预览页面（page.html、page.js；%file、%n 等由页面填入）
page-title = gongwen 预览
page-failed = 渲染失败，页面为上一次成功的结果
page-rendering = 正在渲染…
page-problems = 数据问题
page-disconnected = 与 gongwen serve 的连接中断，正在重连…
page-status-one = %file · 共 %n 页 · %ms 毫秒 · 第 %version 次渲染
page-status-other = %file · 共 %n 页 · %ms 毫秒 · 第 %version 次渲染
page-count-one = （%n 个问题）
page-count-other = （%n 个问题）
page-on-one = 第 %list 页
page-on-other = 第 %list 页
page-list-separator = 、
page-alt = 第 %n 页
page-hint = 提示：%hint
page-no-problems = 没有发现问题。
