#ifndef SEEKPASS_CQRENCODE_SHIM_H
#define SEEKPASS_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
