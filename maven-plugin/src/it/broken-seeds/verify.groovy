// The build fails, the log names every bad file with a position, and the good page is still extracted
// and reported.
def log = new File(basedir, 'build.log').getText('UTF-8')
def seeds = 'src/main/seeds/'
def expect = { String pattern ->
    assert (log =~ pattern).find() : "the build log lacks ${pattern}"
}
expect(/${seeds}bad-utf8\.txt:3:\d+: error: /)
expect(/${seeds}empty\.txt:\d+:\d+: error: /)
expect(/${seeds}slovak\.txt:1:1: error: .*language sk/)
expect(/${seeds}dates\.txt:3:19: error: .*ends \(2019-01-31\) before it starts \(2021-06-01\)/)
assert !(log =~ /${seeds}good\.txt:\d+:\d+: error/).find() : 'the good page was reported as bad'
// Every problem is listed again in the failure message, not just the first.
def failure = log.substring(log.indexOf('The dataset breaks the validation rules'))
['bad-utf8.txt', 'empty.txt', 'slovak.txt', 'dates.txt'].each { assert failure.contains(seeds + it) : "failure message lacks ${it}" }

def dataset = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/classes/META-INF/inclusiondata/dataset.json'), 'UTF-8')
assert dataset.documents*.document == ['bad-utf8.txt', 'dates.txt', 'empty.txt', 'good.txt', 'slovak.txt']
assert dataset.documents.find { it.document == 'good.txt' }.projects[0].title == 'Școala pentru toți'

def report = new File(basedir, 'target/inclusiondata/report.html').getText('UTF-8')
assert report.contains('data-document="good.txt"')
assert report.contains('<mark data-field="title" data-value="d3p0-0" title="title">Școala pentru toți</mark>')
assert report.contains('data-document="slovak.txt"')
return true
