// mvn site wrote the serverless-lint page: the two findings by rule, each rule linked to its page,
// and by file, with line, severity and message.
def page = new File(basedir, 'target/site/serverless-lint.html')
assert page.isFile() : page
def html = page.getText('UTF-8')
assert html.contains('2 findings (0 errors, 2 warnings, 0 notes) in 2 files; 2 files checked.')
assert html.contains('Findings by rule')
assert html.contains('Findings by file')
assert html.contains('/docs/rules/SL103.md')
assert html.contains('/docs/rules/SL201.md')
assert html.contains('SL103 handler-scoped-client')
assert html.contains('serverless.yml')
assert html.contains('src/main/java/com/example/orders/GetOrderHandler.java')
assert html.contains('GetOrderHandler.handleRequest -&gt; DynamoDbClient.builder()...build() creates a client on every invocation.')
assert html.contains('17:3')
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
return true
