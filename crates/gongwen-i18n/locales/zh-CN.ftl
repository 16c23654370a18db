# gongwen-i18n 自身的测试用语。
test-pages = 共 { $count } 页
test-greeting = 你好，{ $name }
