// The third-party extractor, a dependency of the plugin only, was discovered and read its language.
def dataset = new File(basedir, 'dataset/target/classes/META-INF/inclusiondata/dataset.json')
assert dataset.isFile() : "no dataset at ${dataset}"
def json = new groovy.json.JsonSlurper().parse(dataset, 'UTF-8')
def docs = json.documents
assert docs*.document == ['locuinte.txt', 'scoala.txt']
assert docs.every { it.language == 'ro' && it.extractor == 'ro-demo' && it.extractorVersion == '1.0' }
def scoala = docs.find { it.document == 'scoala.txt' }.projects[0]
assert scoala.title == 'Școala pentru toți'
assert scoala.start == '2019-03-01' && scoala.end == '2021-02-28'
assert scoala.funding[0].amount == 1756996.00 && scoala.funding[0].currency == 'RON'
assert scoala.evidence.title.line == 1 && scoala.evidence.title.column == 10
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('with extractors ro-demo 1.0')
// The jar is the dataset artifact.
def jar = new java.util.zip.ZipFile(new File(basedir, 'dataset/target/dataset-1.0.jar'))
assert jar.getEntry('META-INF/inclusiondata/dataset.json') != null
assert jar.getEntry('META-INF/inclusiondata/dataset.csv') != null
jar.close()
return true
