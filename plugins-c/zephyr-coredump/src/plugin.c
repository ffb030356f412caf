/*
 * zephyr-coredump: a decoder plugin (world `decoder` of faultline:plugin@0.1.0) that turns a
 * Zephyr RTOS coredump into the contract's `coredump` event, which the server unwinds and
 * symbolicates like the SDK's own dumps. The format work is in zephyr_coredump.c; this file
 * only maps its result to the generated bindings' types.
 *
 * Memory, as the bindings (build/bindings/decoder.h) hand it over: the export's arguments are
 * ours to free; everything returned must be malloc'd, since the bindings free() it after the
 * host has copied it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decoder.h"
#include "zephyr_coredump.h"

typedef faultline_plugin_types_plugin_error_t plugin_error_t;
typedef faultline_plugin_types_event_t event_t;

static void fail(plugin_error_t *err, uint8_t tag, const char *text) {
    err->tag = tag;
    decoder_string_dup(&err->val.malformed, text); /* every variant case is a string */
}

/* The dump as one coredump event; false when memory runs out (everything is then freed). */
static bool to_event(const zcd_dump_t *d, event_t *e) {
    faultline_plugin_types_coredump_t *c = &e->kind.val.coredump;
    memset(e, 0, sizeof *e);
    e->kind.tag = FAULTLINE_PLUGIN_TYPES_EVENT_KIND_COREDUMP;
    c->arch = FAULTLINE_PLUGIN_TYPES_ARCHITECTURE_ARM_CORTEX_M;
    c->reason = zcd_reason_code(d->zephyr_reason);
    c->truncated = d->truncated;
    c->registers.ptr = calloc(d->reg_count + 1, sizeof *c->registers.ptr);
    c->regions.ptr = calloc(d->region_count + 1, sizeof *c->regions.ptr);
    if (c->registers.ptr == NULL || c->regions.ptr == NULL) {
        goto oom;
    }
    /* Registers by number, as the SDK sends them. */
    for (uint16_t number = 0; number < ZCD_MAX_REGS; number++) {
        for (size_t i = 0; i < d->reg_count; i++) {
            if (d->regs[i].number == number) {
                c->registers.ptr[c->registers.len].number = number;
                c->registers.ptr[c->registers.len].value = d->regs[i].value;
                c->registers.len++;
            }
        }
    }
    for (size_t i = 0; i < d->region_count; i++) {
        const zcd_region_t *g = &d->regions[i];
        faultline_plugin_types_memory_region_t *m = &c->regions.ptr[c->regions.len];
        m->start = g->start;
        m->data.ptr = malloc(g->len + 1); /* + 1: an empty region still gets a pointer */
        if (m->data.ptr == NULL) {
            goto oom;
        }
        memcpy(m->data.ptr, g->data, g->len);
        m->data.len = g->len;
        c->regions.len++;
    }
    return true;
oom:
    /* By hand, not with the bindings' free functions: those skip an array whose list is
     * still empty, and these arrays were allocated before anything was put in them. */
    for (size_t i = 0; c->regions.ptr != NULL && i < c->regions.len; i++) {
        free(c->regions.ptr[i].data.ptr);
    }
    free(c->regions.ptr);
    free(c->registers.ptr);
    return false;
}

bool exports_faultline_plugin_decode_decode(faultline_plugin_types_device_context_t *ctx,
                                            uint8_t message_type, decoder_list_u8_t *payload,
                                            exports_faultline_plugin_decode_list_event_t *ret,
                                            plugin_error_t *err) {
    bool ok = false;
    char why[200];
    zcd_dump_t dump;
    event_t *event = NULL;
    (void)message_type; /* the route picks the type; the format says what it is */
    if (!zcd_decode(payload->ptr, payload->len, &dump, why, sizeof why)) {
        fail(err, FAULTLINE_PLUGIN_TYPES_PLUGIN_ERROR_MALFORMED, why);
        goto out;
    }
    event = malloc(sizeof *event);
    if (event == NULL || !to_event(&dump, event)) {
        free(event);
        fail(err, FAULTLINE_PLUGIN_TYPES_PLUGIN_ERROR_INTERNAL, "out of memory");
    } else {
        ret->ptr = event;
        ret->len = 1;
        ok = true;
    }
    zcd_free(&dump);
out:
    faultline_plugin_types_device_context_free(ctx);
    decoder_list_u8_free(payload); /* after zcd_free: the dump's regions pointed into it */
    return ok;
}
