CREATE TYPE "public"."org_role" AS ENUM('owner', 'admin', 'member');--> statement-breakpoint
CREATE TYPE "public"."cluster_credential_kind" AS ENUM('token', 'client_certificate');--> statement-breakpoint
CREATE TYPE "public"."cluster_health" AS ENUM('unknown', 'reachable', 'auth_failed', 'unreachable', 'crds_missing');--> statement-breakpoint
CREATE TYPE "public"."workspace_role" AS ENUM('viewer', 'editor', 'admin');--> statement-breakpoint
CREATE TYPE "public"."workspace_state" AS ENUM('pending', 'ready', 'error', 'deleting');--> statement-breakpoint
CREATE TYPE "public"."deployment_mode" AS ENUM('application', 'session');--> statement-breakpoint
CREATE TYPE "public"."desired_job_state" AS ENUM('running', 'suspended');--> statement-breakpoint
CREATE TYPE "public"."savepoint_origin" AS ENUM('flotilla', 'operator');--> statement-breakpoint
CREATE TYPE "public"."savepoint_state" AS ENUM('pending', 'in_progress', 'completed', 'failed', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."savepoint_trigger" AS ENUM('manual', 'upgrade', 'periodic', 'delete');--> statement-breakpoint
CREATE TYPE "public"."operation_state" AS ENUM('pending', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."actor_type" AS ENUM('user', 'service_account', 'system', 'anonymous');--> statement-breakpoint
CREATE TYPE "public"."audit_result" AS ENUM('success', 'failure', 'denied');--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"service_account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"token_hash" text NOT NULL,
	"scopes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "org_role" NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "org_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"role" "org_role" DEFAULT 'member' NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_accounts_role_not_owner" CHECK ("service_accounts"."role" <> 'owner')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"disabled_at" timestamp with time zone,
	"session_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"api_server_url" text NOT NULL,
	"ca_pem" text,
	"tls_server_name" text,
	"insecure_skip_tls_verify" boolean DEFAULT false NOT NULL,
	"credential_kind" "cluster_credential_kind" NOT NULL,
	"credentials_ciphertext" text NOT NULL,
	"credentials_key_id" text NOT NULL,
	"health" "cluster_health" DEFAULT 'unknown' NOT NULL,
	"health_message" text,
	"last_checked_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"kubernetes_version" text,
	"flink_versions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"connection_report" jsonb,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clusters_https_only" CHECK ("clusters"."api_server_url" like 'https://%')
);
--> statement-breakpoint
CREATE TABLE "workspace_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" uuid,
	"service_account_id" uuid,
	"role" "workspace_role" NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_grants_one_principal" CHECK (num_nonnulls("workspace_grants"."user_id", "workspace_grants"."service_account_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"name" text NOT NULL,
	"namespace" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"quota_cpu" text,
	"quota_memory" text,
	"quota_max_deployments" integer,
	"adopt_namespace" boolean DEFAULT false NOT NULL,
	"state" "workspace_state" DEFAULT 'pending' NOT NULL,
	"state_message" text,
	"generation" integer DEFAULT 1 NOT NULL,
	"observed_generation" integer DEFAULT 0 NOT NULL,
	"last_observed_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flink_deployments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"mode" "deployment_mode" NOT NULL,
	"name" text NOT NULL,
	"spec" jsonb NOT NULL,
	"desired_state" "desired_job_state" DEFAULT 'running' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"generation" integer DEFAULT 1 NOT NULL,
	"observed_generation" integer DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"state_message" text,
	"applied_generation" integer DEFAULT 0 NOT NULL,
	"restart_nonce" integer,
	"observed_status" jsonb,
	"last_observed_at" timestamp with time zone,
	"deletion_requested_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "savepoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"deployment_id" uuid,
	"session_job_id" uuid,
	"target_name" text NOT NULL,
	"name" text NOT NULL,
	"trigger" "savepoint_trigger" NOT NULL,
	"origin" "savepoint_origin" DEFAULT 'flotilla' NOT NULL,
	"state" "savepoint_state" DEFAULT 'pending' NOT NULL,
	"path" text,
	"error" text,
	"completed_at" timestamp with time zone,
	"last_observed_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "savepoints_at_most_one_target" CHECK (num_nonnulls("savepoints"."deployment_id", "savepoints"."session_job_id") <= 1)
);
--> statement-breakpoint
CREATE TABLE "session_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"name" text NOT NULL,
	"spec" jsonb NOT NULL,
	"desired_state" "desired_job_state" DEFAULT 'running' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"generation" integer DEFAULT 1 NOT NULL,
	"observed_generation" integer DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"state_message" text,
	"applied_generation" integer DEFAULT 0 NOT NULL,
	"restart_nonce" integer,
	"observed_status" jsonb,
	"last_observed_at" timestamp with time zone,
	"deletion_requested_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spec_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"deployment_id" uuid,
	"session_job_id" uuid,
	"generation" integer NOT NULL,
	"spec" jsonb NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spec_revisions_one_target" CHECK (num_nonnulls("spec_revisions"."deployment_id", "spec_revisions"."session_job_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "operations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL,
	"generation" integer DEFAULT 1 NOT NULL,
	"state" "operation_state" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"actor_type" "actor_type" NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"target_label" text,
	"result" "audit_result" NOT NULL,
	"request_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_service_account_id_service_accounts_id_fk" FOREIGN KEY ("service_account_id") REFERENCES "public"."service_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_accounts" ADD CONSTRAINT "service_accounts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_grants" ADD CONSTRAINT "workspace_grants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_grants" ADD CONSTRAINT "workspace_grants_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_grants" ADD CONSTRAINT "workspace_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_grants" ADD CONSTRAINT "workspace_grants_service_account_id_service_accounts_id_fk" FOREIGN KEY ("service_account_id") REFERENCES "public"."service_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flink_deployments" ADD CONSTRAINT "flink_deployments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flink_deployments" ADD CONSTRAINT "flink_deployments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savepoints" ADD CONSTRAINT "savepoints_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savepoints" ADD CONSTRAINT "savepoints_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savepoints" ADD CONSTRAINT "savepoints_deployment_id_flink_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "public"."flink_deployments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "savepoints" ADD CONSTRAINT "savepoints_session_job_id_session_jobs_id_fk" FOREIGN KEY ("session_job_id") REFERENCES "public"."session_jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_jobs" ADD CONSTRAINT "session_jobs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_jobs" ADD CONSTRAINT "session_jobs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_jobs" ADD CONSTRAINT "session_jobs_session_id_flink_deployments_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."flink_deployments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spec_revisions" ADD CONSTRAINT "spec_revisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spec_revisions" ADD CONSTRAINT "spec_revisions_deployment_id_flink_deployments_id_fk" FOREIGN KEY ("deployment_id") REFERENCES "public"."flink_deployments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spec_revisions" ADD CONSTRAINT "spec_revisions_session_job_id_session_jobs_id_fk" FOREIGN KEY ("session_job_id") REFERENCES "public"."session_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operations" ADD CONSTRAINT "operations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operations" ADD CONSTRAINT "operations_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_org_idx" ON "api_tokens" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "api_tokens_service_account_idx" ON "api_tokens" USING btree ("service_account_id");--> statement-breakpoint
CREATE INDEX "invitations_org_idx" ON "invitations" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_org_user_key" ON "memberships" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_accounts_org_name_key" ON "service_accounts" USING btree ("organization_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "clusters_org_name_key" ON "clusters" USING btree ("organization_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_grants_ws_user_key" ON "workspace_grants" USING btree ("workspace_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_grants_ws_sa_key" ON "workspace_grants" USING btree ("workspace_id","service_account_id");--> statement-breakpoint
CREATE INDEX "workspace_grants_org_idx" ON "workspace_grants" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workspaces_org_name_key" ON "workspaces" USING btree ("organization_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "workspaces_cluster_namespace_key" ON "workspaces" USING btree ("cluster_id","namespace");--> statement-breakpoint
CREATE INDEX "workspaces_org_idx" ON "workspaces" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "flink_deployments_ws_name_key" ON "flink_deployments" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE INDEX "flink_deployments_org_idx" ON "flink_deployments" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "savepoints_ws_name_key" ON "savepoints" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE INDEX "savepoints_org_idx" ON "savepoints" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_jobs_ws_name_key" ON "session_jobs" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE INDEX "session_jobs_org_idx" ON "session_jobs" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "session_jobs_session_idx" ON "session_jobs" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "spec_revisions_deployment_gen_key" ON "spec_revisions" USING btree ("deployment_id","generation");--> statement-breakpoint
CREATE UNIQUE INDEX "spec_revisions_session_job_gen_key" ON "spec_revisions" USING btree ("session_job_id","generation");--> statement-breakpoint
CREATE INDEX "spec_revisions_org_idx" ON "spec_revisions" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "operations_claim_idx" ON "operations" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX "operations_target_idx" ON "operations" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "operations_org_idx" ON "operations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "audit_events_org_time_idx" ON "audit_events" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_org_action_idx" ON "audit_events" USING btree ("organization_id","action");