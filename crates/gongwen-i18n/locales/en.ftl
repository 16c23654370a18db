# The test messages of gongwen-i18n itself.
test-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
test-greeting = Hello, { $name }
