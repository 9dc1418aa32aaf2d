import { type Request, type Response, Router } from 'express';
import { locals, sendWebexError } from '../http-helpers.js';
import type { SandboxState } from '../state.js';

/** The files of messages (`/contents/{id}`): members of the file's room may read them. */
export function contentsRouter(state: SandboxState): Router {
  const router = Router();
  const sendContent = (req: Request, res: Response, headOnly: boolean): void => {
    const { actor } = locals(res);
    const content = state.contents.get(String(req.params.contentId));
    if (!content || !state.membershipOf(content.roomId, actor.id)) {
      sendWebexError(res, 404, 'File not found.');
      return;
    }
    const asciiName = content.filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, "'");
    res.setHeader('Content-Type', content.contentType);
    res.setHeader('Content-Length', String(content.data.length));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(content.filename)}`,
    );
    if (headOnly) res.status(200).end();
    else res.status(200).end(content.data);
  };
  router.get('/contents/:contentId', (req, res) => sendContent(req, res, false));
  router.head('/contents/:contentId', (req, res) => sendContent(req, res, true));
  return router;
}
