// Three builds: the first extracts, the second (nothing changed) skips, the third (one seed changed)
// extracts again and says which page changed.
def log = new File(basedir, 'build.log').getText('UTF-8')
def extracting = (log =~ /Extracting 2 seed pages \(([^)]*)\)/).collect { it[1] }
def skipped = (log =~ /extraction skipped/).count
assert extracting == ['no earlier extraction', 'page locuinte.txt changed'] : "extractions: ${extracting}"
assert skipped == 1 : "skips: ${skipped}"
assert log.indexOf('extraction skipped') > log.indexOf('no earlier extraction')
assert log.indexOf('page locuinte.txt changed') > log.indexOf('extraction skipped')
def dataset = new File(basedir, 'target/classes/META-INF/inclusiondata/dataset.json').getText('UTF-8')
assert dataset.contains('"amount": 260000')
return true
