import { beforeAll, describe, expect, it } from 'vitest';
import { specCheckedSandbox } from '../support/spec-check.js';

const fx = specCheckedSandbox();
let admin: string;
beforeAll(() => {
  admin = fx.seed.adminSpaceId;
});

const card = {
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', version: '1.3', body: [] },
};

describe('sandbox messages and their files', () => {
  it('turns mention markup into mentionedPeople, text and html', async () => {
    const res = await fx.call('alice', 'POST', '/messages', {
      roomId: admin,
      markdown: `<@personEmail:${fx.seed.bot.email}|Provisioning Bot> help`,
    });
    expect(res.status).toBe(200);
    expect(res.body.mentionedPeople).toEqual([fx.seed.bot.id]);
    expect(res.body.text).toBe('Provisioning Bot help');
    expect(res.body.html).toContain(`data-object-id="${fx.seed.bot.id}"`);
  });

  it('enforces the 7,439-byte limit, one card per message and no reply to a reply', async () => {
    expect((await fx.call('alice', 'POST', '/messages', { roomId: admin, text: 'é'.repeat(3720) })).status).toBe(400);
    expect((await fx.call('alice', 'POST', '/messages', { roomId: admin, text: 'x'.repeat(7439) })).status).toBe(200);
    expect(
      (await fx.call('alice', 'POST', '/messages', { roomId: admin, text: 'two', attachments: [card, card] })).status,
    ).toBe(400);
    const root = await fx.call('alice', 'POST', '/messages', { roomId: admin, text: 'root' });
    const reply = await fx.call('bruno', 'POST', '/messages', { roomId: admin, text: 'reply', parentId: root.body.id });
    expect(reply.status).toBe(200);
    expect(reply.body.parentId).toBe(root.body.id);
    const nested = await fx.call('alice', 'POST', '/messages', {
      roomId: admin,
      text: 'nested',
      parentId: reply.body.id,
    });
    expect(nested.status).toBe(400);
    expect(nested.body.message).toMatch(/reply to a reply/i);
  });

  it('lets the author edit a text message at most 10 times, never a card', async () => {
    const m = await fx.call('alice', 'POST', '/messages', { roomId: admin, markdown: 'progress 0' });
    for (let i = 1; i <= 10; i += 1) {
      const edit = await fx.call('alice', 'PUT', `/messages/${m.body.id}`, {
        roomId: admin,
        markdown: `progress ${i}`,
      });
      expect(edit.status).toBe(200);
      expect(edit.body.markdown).toBe(`progress ${i}`);
    }
    expect(
      (await fx.call('alice', 'PUT', `/messages/${m.body.id}`, { roomId: admin, markdown: 'eleven' })).status,
    ).toBe(400);
    expect(
      (await fx.call('bruno', 'PUT', `/messages/${m.body.id}`, { roomId: admin, markdown: 'not mine' })).status,
    ).toBe(403);
    const withCard = await fx.call('bot', 'POST', '/messages', {
      roomId: admin,
      markdown: 'card',
      attachments: [card],
    });
    expect(
      (await fx.call('bot', 'PUT', `/messages/${withCard.body.id}`, { roomId: admin, markdown: 'x' })).status,
    ).toBe(400);
    expect((await fx.call('alice', 'DELETE', `/messages/${m.body.id}`)).status).toBe(204);
    expect((await fx.call('alice', 'GET', `/messages/${m.body.id}`)).status).toBe(404);
  });

  it('shows a bot in a group space only the messages that mention it', async () => {
    const plain = await fx.call('alice', 'POST', '/messages', { roomId: admin, text: 'hello all' });
    expect((await fx.call('bot', 'GET', `/messages/${plain.body.id}`)).status).toBe(404);
    expect((await fx.call('bot', 'GET', `/messages?roomId=${admin}`)).status).toBe(403);
    const listed = await fx.call('bot', 'GET', `/messages?roomId=${admin}&mentionedPeople=me`);
    expect(listed.status).toBe(200);
    expect(
      listed.body.items.every((m: { mentionedPeople?: string[] }) => m.mentionedPeople?.includes(fx.seed.bot.id)),
    ).toBe(true);
  });

  it('takes one file by multipart and serves it with Content-Disposition to members only', async () => {
    const form = new FormData();
    form.set('roomId', admin);
    form.set('markdown', 'the export');
    form.set('files', new Blob(['a,b\n1,2\n'], { type: 'text/csv' }), 'usuários.csv');
    const res = await fx.call('bot', 'POST', '/messages', form);
    expect(res.status).toBe(200);
    expect(res.body.files).toHaveLength(1);
    const file = await fetch(res.body.files[0], { headers: { authorization: `Bearer ${fx.token('alice')}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''usu%C3%A1rios.csv");
    expect(await file.text()).toBe('a,b\n1,2\n');
    const outsider = await fetch(res.body.files[0], { headers: { authorization: `Bearer ${fx.token('dana')}` } });
    expect(outsider.status).toBe(404);
    const two = new FormData();
    two.set('roomId', admin);
    two.append('files', new Blob(['1']), 'a.csv');
    two.append('files', new Blob(['2']), 'b.csv');
    expect((await fx.call('bot', 'POST', '/messages', two)).status).toBe(400);
  });
});
