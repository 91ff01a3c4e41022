def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer test did not run and pass'
return true
