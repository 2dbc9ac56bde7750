import { json, NextFunction, Request, RequestHandler, Response } from 'express';
import { MAX_MODEL_BYTES } from '../lint/model-limits';

/** A model's XML fits twice over: JSON escaping can double it; the parser refuses past MAX_MODEL_BYTES. */
export const MODEL_BODY_LIMIT_BYTES = 2 * MAX_MODEL_BYTES + 64 * 1024;

/**
 * The JSON parser of /api/models: the default 100 kB would refuse real models, so these routes get
 * a larger limit, and a body over it is refused unread, answered in the modeler's problem shape. It
 * must be registered before Nest's own parser, which then leaves the parsed body alone; its name
 * differs from `jsonParser` so that Nest still registers its parser for every other route.
 */
export function modelBodyParser(): RequestHandler {
  const parse = json({ limit: MODEL_BODY_LIMIT_BYTES });
  return function modelJsonParser(request: Request, response: Response, next: NextFunction) {
    parse(request, response, (error?: { type?: string }) => {
      if (error?.type !== 'entity.too.large') return next(error);
      const message = `The upload is larger than ${Math.round(MODEL_BODY_LIMIT_BYTES / 1024 / 1024)} MB and was refused unread`;
      response.status(413).json({
        code: 'MODEL_TOO_LARGE',
        error: 'Payload Too Large',
        message: `definitions: size: ${message}`,
        problems: [{ category: 'error', elementId: 'definitions', message, rule: 'size' }],
        statusCode: 413,
      });
    });
  };
}
