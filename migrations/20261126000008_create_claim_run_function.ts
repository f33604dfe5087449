// rift_claim_run: the database side of dedupe (DESIGN.md section 3) in one round trip. A webhook's
// claim was a transaction of about ten statements (begin, advisory lock, look up, insert the run,
// insert its trigger step, commit), and at 200 webhooks a second those round trips were most of the
// edge's CPU. The function does the same under the same advisory lock, so nothing changes for a
// reader: one queued or running run per fingerprint, and a run never exists without its first step.
//
// It runs in the caller's implicit transaction: the lock is held until the insert commits. Each of
// its statements takes a fresh snapshot (READ COMMITTED, a VOLATILE function), so the look-up after
// the lock sees a run another claim has just committed.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION rift_claim_run(p_run jsonb, p_first_step jsonb)
    RETURNS TABLE (run_id uuid, created boolean)
    LANGUAGE plpgsql VOLATILE AS $$
    DECLARE
      v_run_id uuid;
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('rift:run:' || (p_run->>'fingerprint')));
      SELECT r.run_id INTO v_run_id FROM runs r
        WHERE r.fingerprint = p_run->>'fingerprint' AND r.status IN ('queued', 'running')
        ORDER BY r.created_at DESC LIMIT 1;
      IF FOUND THEN
        RETURN QUERY SELECT v_run_id, false;
        RETURN;
      END IF;
      INSERT INTO runs (fingerprint, repo_url, team_name, leader_name, branch_name, status, start_time)
        SELECT n.fingerprint, n.repo_url, n.team_name, n.leader_name, n.branch_name, COALESCE(n.status, 'queued'), n.start_time
        FROM jsonb_populate_record(NULL::runs, p_run) n
        RETURNING runs.run_id INTO v_run_id;
      IF p_first_step IS NOT NULL AND p_first_step <> 'null'::jsonb THEN
        INSERT INTO execution_traces (run_id, step_index, agent_node, action_type, action_label, payload)
          VALUES (v_run_id, 0, p_first_step->>'agent_node', p_first_step->>'action_type',
                  p_first_step->>'action_label', p_first_step->'payload');
      END IF;
      RETURN QUERY SELECT v_run_id, true;
    END;
    $$
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP FUNCTION IF EXISTS rift_claim_run(jsonb, jsonb)');
}
