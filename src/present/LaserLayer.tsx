import { useEffect, useRef } from 'react';

const TRAIL_MS = 450;

/**
 * A red laser dot that follows the pointer over the stage with a short fading trail. Draws only
 * while the pointer moves or the trail fades; nothing when off.
 */
export function LaserLayer({ on }: { on: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!on || !canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const trail: { x: number; y: number; t: number }[] = [];
    let frame = 0;
    const resize = () => {
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(canvas.clientWidth * ratio);
      canvas.height = Math.round(canvas.clientHeight * ratio);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    };
    resize();
    const draw = (now: number) => {
      frame = 0;
      while (trail.length && now - trail[0]!.t > TRAIL_MS) trail.shift();
      ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
      const rect = canvas.getBoundingClientRect();
      trail.forEach((p, i) => {
        const age = (now - p.t) / TRAIL_MS;
        const head = i === trail.length - 1;
        ctx.globalAlpha = head ? 1 : Math.max(0, 0.6 * (1 - age));
        ctx.fillStyle = '#ff2a2a';
        ctx.beginPath();
        ctx.arc(p.x - rect.left, p.y - rect.top, head ? 9 : 6 * (1 - age) + 2, 0, 2 * Math.PI);
        ctx.fill();
      });
      ctx.globalAlpha = 1;
      if (trail.length > 1) frame = requestAnimationFrame(draw);
    };
    const move = (e: PointerEvent) => {
      trail.push({ x: e.clientX, y: e.clientY, t: performance.now() });
      if (!frame) frame = requestAnimationFrame(draw);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('resize', resize);
      cancelAnimationFrame(frame);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
    };
  }, [on]);
  return <canvas ref={ref} className={`em-laser${on ? ' em-laser-on' : ''}`} aria-hidden="true" />;
}
