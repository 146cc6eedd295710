/* uuid.c — version 4 UUIDs from the kernel's random source. */
#include "config.h"

#include <string.h>
#include <time.h>

#include "guanai/base/plat.h"
#include "guanai/base/uuid.h"

/* Table-driven: snprintf of 16 "%02x" was ~6 k instructions a key, and
 * every row of every table outside a bulk gets one (guanai_uuid()). */
static void
hex_uuid(const unsigned char b[16], char out[UUID_LEN + 1])
{
	static const char hex[] = "0123456789abcdef";
	int i, j;

	for (i = j = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[j++] = '-';
		out[j++] = hex[b[i] >> 4];
		out[j++] = hex[b[i] & 15];
	}
	out[j] = '\0';
}

static void
format_uuid(unsigned char b[16], char out[UUID_LEN + 1])
{
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	hex_uuid(b, out);
}

/* splitmix64: small, good enough for synthetic keys. */
static unsigned long long
next_rng(unsigned long long *s)
{
	unsigned long long z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void
uuid_new(char out[UUID_LEN + 1])
{
	unsigned char b[16];
	unsigned long long s;

	if (plat_random(b, sizeof b) != 0) {	/* no entropy source: time and pid */
		s = (unsigned long long)time(NULL) ^ ((unsigned long long)plat_pid() << 32);
		uuid_from_rng(out, &s);
		return;
	}
	format_uuid(b, out);
}

void
uuid_from_rng(char out[UUID_LEN + 1], unsigned long long *state)
{
	unsigned long long a = next_rng(state), c = next_rng(state);
	unsigned char b[16];

	memcpy(b, &a, 8);
	memcpy(b + 8, &c, 8);
	format_uuid(b, out);
}

int
uuid_valid(const char *s)
{
	int i;

	for (i = 0; i < UUID_LEN; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return 0;
		} else if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	}
	return s[UUID_LEN] == '\0';
}
