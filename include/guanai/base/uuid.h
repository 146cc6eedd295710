/* uuid.h — random (version 4) UUIDs as 36-character text keys. */
#ifndef GUANAI_UUID_H
#define GUANAI_UUID_H

#define UUID_LEN 36

/* Fill out (37 bytes) with a new lower-case UUID. */
void uuid_new(char out[UUID_LEN + 1]);
/* Deterministic variant for `demo --seed`: same seed, same sequence. */
void uuid_from_rng(char out[UUID_LEN + 1], unsigned long long *state);
int uuid_valid(const char *s);

#endif
