/* A stand-in for Windows' bcryptprimitives.dll, used only to run the Windows build under wine
 * in scripts/test-windows.sh and never shipped: current Rust's standard library draws its
 * random numbers from ProcessPrng, which wine 8 lacks. RtlGenRandom (advapi32's
 * SystemFunction036) gives the same service. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
