/**
 * The published signed-note example of golang.org/x/mod/sumdb/note (the reference implementation
 * of c2sp.org/signed-note), copied as data from github.com/golang/mod, sumdb/note/example_test.go
 * (ExampleSign, ExampleOpen) at commit fe2ec04f7c3c3aa6fad97631aafcff6e49e2d1db. Ed25519 is
 * deterministic, so signing the text with the private key must give exactly this note.
 */
export const GO_SUMDB_NOTE_EXAMPLE = {
  privateKey: 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz',
  verifierKey: 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW',
  text:
    'If you think cryptography is the answer to your problem,\n' +
    "then you don't know what your problem is.\n",
  note:
    'If you think cryptography is the answer to your problem,\n' +
    "then you don't know what your problem is.\n" +
    '\n' +
    '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n',
};
